import type { PageQuery } from '@/shared/api/types/common'
import { allOf, type Schemas } from '@/shared/api/schemas'

export type AuditEvent = Schemas['AuditEntry']
export type AuditOutcome = AuditEvent['outcome']

export const AUDIT_OUTCOMES = allOf<AuditOutcome>()(['SUCCESS', 'FAILURE', 'DENIED'])

/** Filters shared by the list and the export endpoint. `from`/`to` are ISO-8601 instants. */
export interface AuditFilter {
  from?: string
  to?: string
  actor?: string
  action?: string
  outcome?: AuditOutcome
}

export type AuditQuery = AuditFilter & PageQuery
