import type { PermitRecord } from '../api/types/permits'

/** The fields of a record's text the page shows (the text is JSON written by the platform). */
export interface RecordDetails {
  step?: string
  signatureImage?: string
  opinion?: string
  pass?: boolean
  reasons?: string[]
  remark?: string
  analyst?: string
}

export function detailsOf(record: PermitRecord): RecordDetails {
  try {
    const body: unknown = JSON.parse(record.body)
    return typeof body === 'object' && body !== null ? (body as RecordDetails) : {}
  } catch {
    return {}
  }
}
