import { download, get, post, put, type DownloadedFile } from '@/shared/http'
import type { Page } from '@/shared/api/types/common'
import type { Person, PersonQuery, PersonRequest, Qualification, QualificationQuery, QualificationRequest } from './types/elements'

const PEOPLE = '/api/v1/people'
const QUALIFICATIONS = '/api/v1/qualifications'

export const QUALIFICATIONS_FALLBACK_NAME = 'qualifications.xlsx'

/** GET /api/v1/people — the scope's people by name; q searches name, number, department, contractor */
export function listPeople(query: PersonQuery): Promise<Page<Person>> {
  return get<Page<Person>, PersonQuery>(PEOPLE, query)
}

/** GET /api/v1/people/{id} */
export function getPerson(id: string): Promise<Person> {
  return get<Person>(`${PEOPLE}/${encodeURIComponent(id)}`)
}

/** POST /api/v1/people */
export function createPerson(body: PersonRequest): Promise<Person> {
  return post<Person, PersonRequest>(PEOPLE, body)
}

/** GET /api/v1/qualifications — certificates and training records, soonest expiry first */
export function listQualifications(query: QualificationQuery): Promise<Page<Qualification>> {
  return get<Page<Qualification>, QualificationQuery>(QUALIFICATIONS, query)
}

/** POST /api/v1/qualifications */
export function createQualification(body: QualificationRequest): Promise<Qualification> {
  return post<Qualification, QualificationRequest>(QUALIFICATIONS, body)
}

/** GET /api/v1/qualifications/export.xlsx — the list's rows as a workbook */
export function exportQualifications(query: Omit<QualificationQuery, 'page' | 'size'>): Promise<DownloadedFile> {
  return download(`${QUALIFICATIONS}/export.xlsx`, query, QUALIFICATIONS_FALLBACK_NAME)
}

/** PUT /api/v1/qualifications/{id}/scan — keeps the scanned copy (PDF, JPEG or PNG, at most 5 MB) */
export function uploadScan(id: string, file: File): Promise<Qualification> {
  const form = new FormData()
  form.append('file', file)
  return put<Qualification, FormData>(`${QUALIFICATIONS}/${encodeURIComponent(id)}/scan`, form)
}

/** GET /api/v1/qualifications/{id}/scan — the scanned copy as a file */
export function downloadScan(id: string): Promise<DownloadedFile> {
  return download(`${QUALIFICATIONS}/${encodeURIComponent(id)}/scan`, {}, 'scan', '*/*')
}
