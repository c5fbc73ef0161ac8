import type { PermitAction, PermitStatus } from '../api/types/permits'

/** The steps a permit in this status offers, in the order of the work. */
export function actionsFor(status: PermitStatus): PermitAction[] {
  switch (status) {
    case 'APPLIED':
      return ['cancel']
    case 'APPROVED':
      return ['start', 'cancel', 'revoke']
    case 'IN_PROGRESS':
      return ['suspend', 'complete', 'revoke']
    case 'SUSPENDED':
      return ['resume', 'revoke']
    case 'COMPLETED':
      return ['accept']
    default:
      return []
  }
}

/** Whether a gas analysis can be recorded now (the type analyses gas and the work has not ended). */
export function canAnalyseGas(type: string, status: PermitStatus): boolean {
  return ['HOT_WORK', 'CONFINED_SPACE', 'TEMPORARY_POWER'].includes(type) && ['APPROVED', 'IN_PROGRESS', 'SUSPENDED'].includes(status)
}

/** Whether the safety-measure checklist can be confirmed now: before the work starts, or while it is suspended. */
export function canConfirmMeasures(status: PermitStatus): boolean {
  return ['APPLIED', 'APPROVED', 'SUSPENDED'].includes(status)
}

/** The tone a status is shown in on the live board: working green, waiting blue, paused orange, ended grey or red. */
export function statusTone(status: PermitStatus): 'primary' | 'success' | 'warning' | 'info' | 'danger' {
  switch (status) {
    case 'IN_PROGRESS':
      return 'success'
    case 'APPLIED':
    case 'APPROVED':
      return 'primary'
    case 'SUSPENDED':
      return 'warning'
    case 'CANCELLED':
    case 'EXPIRED':
    case 'REVOKED':
      return 'danger'
    default:
      return 'info'
  }
}
