import { download, get, post, type DownloadedFile } from '@/shared/http'
import type { Page } from '@/shared/api/types/common'
import { LEDGER_MEDIA_TYPES, type LedgerFormat } from '../utils/ledger'
import type { InspectionRecord, InspectionRecordQuery, InspectionRecordRequest, OccurrenceState, RoundOccurrence } from './types/rounds'

/** GET /api/v1/inspection-rounds/today — the caller's occurrences open at some time of the plant's day */
export function todaysRounds(): Promise<RoundOccurrence[]> {
  return get<RoundOccurrence[]>('/api/v1/inspection-rounds/today')
}

/** POST /api/v1/inspection-records → 201, or 200 with the record stored first under the same clientId. Silent. */
export function recordInspection(request: InspectionRecordRequest): Promise<InspectionRecord> {
  return post<InspectionRecord, InspectionRecordRequest>('/api/v1/inspection-records', request, { silent: true })
}

/** GET /api/v1/inspection-records — the scope's records, last checked first */
export function listInspectionRecords(query: InspectionRecordQuery): Promise<Page<InspectionRecord>> {
  return get<Page<InspectionRecord>, InspectionRecordQuery>('/api/v1/inspection-records', query)
}

/** GET /api/v1/inspection-records/export.xlsx or export.pdf — the records with the list's filters */
export function exportInspectionRecords(query: Omit<InspectionRecordQuery, 'page' | 'size'>, format: LedgerFormat): Promise<DownloadedFile> {
  return download(`/api/v1/inspection-records/export.${format}`, query, `inspection-records.${format}`, LEDGER_MEDIA_TYPES[format])
}

/** GET /api/v1/inspection-occurrences?enterpriseId=&from=&to=&state= — the scope's occurrences in [from, to), at most 31 days */
export function listOccurrencesOfScope(query: {
  from: string
  to: string
  enterpriseId?: string
  state?: OccurrenceState
}): Promise<RoundOccurrence[]> {
  return get<RoundOccurrence[], typeof query>('/api/v1/inspection-occurrences', query)
}
