import type { PageQuery } from '@/shared/api/types/common'

export type AuditOutcome = 'SUCCESS' | 'FAILURE' | 'DENIED'

export const AUDIT_OUTCOMES: readonly AuditOutcome[] = ['SUCCESS', 'FAILURE', 'DENIED']

export interface AuditEvent {
  id: number
  occurredAt: string
  actorUsername: string | null
  actorScope: string | null
  action: string
  resource: string | null
  outcome: AuditOutcome
  httpStatus: number | null
  clientAddress: string | null
  detail: string | null
}

/** Filters shared by the list and the export endpoint. `from`/`to` are ISO-8601 instants. */
export interface AuditFilter {
  from?: string
  to?: string
  actor?: string
  action?: string
  outcome?: AuditOutcome
}

export type AuditQuery = AuditFilter & PageQuery
