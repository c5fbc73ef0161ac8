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
