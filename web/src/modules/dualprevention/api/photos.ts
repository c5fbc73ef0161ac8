import { post } from '@/shared/http'
import type { Schemas } from '@/shared/api/schemas'

/** A stored photo: hidden dangers and inspection records name it by id. */
export type Photo = Schemas['PhotoView']

const PHOTOS = '/api/v1/dual-prevention/photos'

/** POST /api/v1/dual-prevention/photos (multipart part `file`, JPEG or PNG by content) → 201 Photo; supervisors name the enterprise */
export function uploadPhoto(file: File, enterpriseId?: string): Promise<Photo> {
  const form = new FormData()
  form.append('file', file, file.name)
  return post<Photo, FormData>(PHOTOS, form, { params: enterpriseId ? { enterpriseId } : {}, timeout: 120_000 })
}

/** GET /api/v1/dual-prevention/photos/{id} — the image itself (the session cookie authorises it) */
export function photoUrl(id: string): string {
  return `${PHOTOS}/${encodeURIComponent(id)}`
}
