import type { AuditOutcome } from '@/modules/identity/api/types/audit'

/** Filter bar state. */
export interface AuditFilterForm {
  from: Date | null
  to: Date | null
  actor: string
  action: string
  outcome: AuditOutcome | ''
}
