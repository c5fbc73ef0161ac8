import { post } from '@/shared/http'
import type { Schemas } from '@/shared/api/schemas'

/** A stored photo: hidden dangers and inspection records name it by id. */
export type Photo = Schemas['PhotoView']

const PHOTOS = '/api/v1/dual-prevention/photos'

/**
 * How a photo is uploaded: supervisors name the enterprise; a phone sending what it kept offline gives its own id
 * (clientId: the same id again answers the photo stored first) and the time it was taken, and shows failures itself
 * (silent).
 */
export interface PhotoUpload {
  enterpriseId?: string
  clientId?: string
  takenAt?: string
  silent?: boolean
}

/** POST /api/v1/dual-prevention/photos (multipart part `file`, JPEG or PNG by content) → 201 Photo, or 200 for a resent clientId */
export function uploadPhoto(file: Blob, name: string, options: PhotoUpload = {}): Promise<Photo> {
  const form = new FormData()
  form.append('file', file, name)
  const { silent, ...params } = options
  return post<Photo, FormData>(PHOTOS, form, { params, timeout: 120_000, silent })
}

/** GET /api/v1/dual-prevention/photos/{id} — the image itself (the session cookie authorises it) */
export function photoUrl(id: string): string {
  return `${PHOTOS}/${encodeURIComponent(id)}`
}
