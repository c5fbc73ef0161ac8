import { isProblemError, problemMessage } from '@/shared/http'
import type { InspectionRecordRequest } from '../api/types/rounds'

/** A photo kept on the phone until it is uploaded; photoId is set once the server has it. */
export interface PendingPhoto {
  clientId: string
  name: string
  takenAt: string
  blob: Blob
  photoId?: string
}

/**
 * A check done on a round and kept on the phone until the server has it. The request is complete except for the
 * photo ids, which exist only once the photos are uploaded; with a hidden danger found, its photos are the same.
 * rejection is the server's refusal: such a record is not sent again until the user drops it.
 */
export interface PendingRecord {
  clientId: string
  /** The user who did the check: only their session sends it. */
  owner: string
  /** The task's content, to say what is waiting. */
  label: string
  request: Omit<InspectionRecordRequest, 'photos'>
  photos: PendingPhoto[]
  rejection?: string
}

/** Where pending records live (IndexedDB on the phone, a map in tests). */
export interface OutboxStore {
  all(): Promise<PendingRecord[]>
  put(record: PendingRecord): Promise<void>
  remove(clientId: string): Promise<void>
}

/** The calls that send a pending record. */
export interface OutboxSender {
  uploadPhoto(photo: PendingPhoto): Promise<string>
  record(request: InspectionRecordRequest): Promise<unknown>
}

export interface FlushResult {
  sent: number
  rejected: number
  /** Sending stopped at a network failure or a server error: what is left waits for the next try. */
  interrupted: boolean
}

/**
 * A failure worth trying again later: no answer at all, a timeout, an expired session (sent after the next
 * sign-in), too many requests or a server error.
 */
export function isTransient(error: unknown): boolean {
  if (!isProblemError(error)) return true
  return [0, 401, 408, 429].includes(error.status) || error.status >= 500
}

function rejectionText(error: unknown): string {
  if (!isProblemError(error)) return String(error)
  const fields = (error.problem.errors ?? []).map((field) => `${field.field}: ${field.message}`)
  return [problemMessage(error.problem), ...fields].filter((text) => text).join('; ')
}

/** The request as sent, with the uploaded photos' ids (also the hidden danger's when one was found). */
export function requestWithPhotos(record: PendingRecord): InspectionRecordRequest {
  const photos = record.photos.map((photo) => photo.photoId).filter((id): id is string => id !== undefined)
  const request: InspectionRecordRequest = { ...record.request, photos }
  if (request.hiddenDanger) request.hiddenDanger = { ...request.hiddenDanger, dangerImg: photos }
  return request
}

/**
 * Sends what the owner has waiting, oldest check first: each photo once (its clientId makes a resend find the first upload),
 * then the record (its clientId does the same). Progress is stored after each step, so a record interrupted
 * half-way resumes where it stopped. A refusal keeps the record with the reason and goes on with the next; a
 * transient failure stops, since the next would fail the same way.
 */
export async function flushOutbox(store: OutboxStore, sender: OutboxSender, owner: string): Promise<FlushResult> {
  const result: FlushResult = { sent: 0, rejected: 0, interrupted: false }
  const waiting = (await store.all())
    .filter((record) => record.owner === owner && record.rejection === undefined)
    .sort((a, b) => a.request.checkTime.localeCompare(b.request.checkTime))
  for (const record of waiting) {
    try {
      for (const photo of record.photos) {
        if (photo.photoId !== undefined) continue
        photo.photoId = await sender.uploadPhoto(photo)
        await store.put(record)
      }
      await sender.record(requestWithPhotos(record))
      await store.remove(record.clientId)
      result.sent++
    } catch (error: unknown) {
      if (isTransient(error)) {
        result.interrupted = true
        break
      }
      record.rejection = rejectionText(error)
      await store.put(record)
      result.rejected++
    }
  }
  return result
}

/** A store in memory: for tests, and where the browser has no IndexedDB. */
export function memoryOutboxStore(): OutboxStore {
  const records = new Map<string, PendingRecord>()
  return {
    all: () => Promise.resolve([...records.values()].map((record) => structuredClone(record))),
    put: (record) => {
      records.set(record.clientId, structuredClone(record))
      return Promise.resolve()
    },
    remove: (clientId) => {
      records.delete(clientId)
      return Promise.resolve()
    }
  }
}
