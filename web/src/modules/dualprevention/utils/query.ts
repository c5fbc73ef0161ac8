import type { CheckStatus, InspectionRecordQuery } from '../api/types/rounds'
import { occurrenceRange } from './register'
import type { DangerLevel, HiddenDangerQuery, HiddenDangerStatus } from '../api/types/hiddenDangers'

/** What the hidden-danger list's toolbar holds. */
export interface HiddenDangerFilter {
  q: string
  status: HiddenDangerStatus | ''
  dangerLevel: DangerLevel | ''
  overdueOnly: boolean
  /** Chosen by supervisors; '' = the whole scope. */
  enterpriseId: string
}

export function emptyHiddenDangerFilter(): HiddenDangerFilter {
  return { q: '', status: '', dangerLevel: '', overdueOnly: false, enterpriseId: '' }
}

/** The list's query: empty filters are left out, "overdue only" asks for overdue=true. */
export function toHiddenDangerQuery(filter: HiddenDangerFilter): HiddenDangerQuery {
  const query: HiddenDangerQuery = {}
  if (filter.q.trim()) query.q = filter.q.trim()
  if (filter.status) query.status = filter.status
  if (filter.dangerLevel) query.dangerLevel = filter.dangerLevel
  if (filter.overdueOnly) query.overdue = true
  if (filter.enterpriseId) query.enterpriseId = filter.enterpriseId
  return query
}

/** The inspection-records page's filter: enterprise, result, and a range of plant days (both included). */
export interface InspectionRecordFilter {
  enterpriseId: string
  checkStatus: CheckStatus | ''
  days: [string, string] | null
}

export function emptyInspectionRecordFilter(): InspectionRecordFilter {
  return { enterpriseId: '', checkStatus: '', days: null }
}

export function toInspectionRecordQuery(filter: InspectionRecordFilter): Omit<InspectionRecordQuery, 'page' | 'size'> {
  const query: Omit<InspectionRecordQuery, 'page' | 'size'> = {}
  if (filter.enterpriseId) query.enterpriseId = filter.enterpriseId
  if (filter.checkStatus) query.checkStatus = filter.checkStatus
  if (filter.days) Object.assign(query, occurrenceRange(filter.days[0], filter.days[1]))
  return query
}
