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
  guardian?: string
  workers?: { name: string; certificateNumber?: string }[]
}

export function detailsOf(record: PermitRecord): RecordDetails {
  try {
    const body: unknown = JSON.parse(record.body)
    return typeof body === 'object' && body !== null ? (body as RecordDetails) : {}
  } catch {
    return {}
  }
}

/** The workers an application names, each with the certificate its type asks for when it does ("name (number)"). */
export function workersText(application: RecordDetails, separator: string): string {
  return (application.workers ?? [])
    .map((worker) => (worker.certificateNumber ? `${worker.name} (${worker.certificateNumber})` : worker.name))
    .join(separator)
}
