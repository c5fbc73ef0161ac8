import { get, post } from '@/shared/http'
import type { Photo } from './photos'
import type { InspectionRecord, InspectionRecordRequest, RoundOccurrence } from './types/rounds'

const PHOTOS = '/api/v1/dual-prevention/photos'

/** GET /api/v1/inspection-rounds/today — the caller's occurrences open at some time of the plant's day */
export function todaysRounds(): Promise<RoundOccurrence[]> {
  return get<RoundOccurrence[]>('/api/v1/inspection-rounds/today')
}

/**
 * POST /api/v1/dual-prevention/photos?clientId=&takenAt= → 201 Photo, or 200 with the photo stored first under
 * the same clientId. Silent: the outbox shows what failed.
 */
export function uploadPhotoOnce(blob: Blob, name: string, clientId: string, takenAt: string): Promise<Photo> {
  const form = new FormData()
  form.append('file', blob, name)
  return post<Photo, FormData>(PHOTOS, form, { params: { clientId, takenAt }, timeout: 120_000, silent: true })
}

/** POST /api/v1/inspection-records → 201, or 200 with the record stored first under the same clientId. Silent. */
export function recordInspection(request: InspectionRecordRequest): Promise<InspectionRecord> {
  return post<InspectionRecord, InspectionRecordRequest>('/api/v1/inspection-records', request, { silent: true })
}
