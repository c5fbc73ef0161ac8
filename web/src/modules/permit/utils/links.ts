import type { PermitStatus } from '../api/types/permits'
import type { WorkType } from '../api/types/rules'

/** Permits being signed or still allowing work: the ones a new permit can be linked to or conflict with. */
export const LIVE_STATUSES: readonly PermitStatus[] = ['APPLIED', 'APPROVED', 'IN_PROGRESS', 'SUSPENDED']

/**
 * The types of permit a new one links to (GB 30871-2022): hot work inside a confined space holds the confined-space
 * permit too (4.6); temporary power follows the hot or confined-space work it supplies (10.8).
 */
export function linkableTypes(type: WorkType | '' | undefined, insideConfinedSpace: boolean): WorkType[] {
  if (type === 'HOT_WORK') return insideConfinedSpace ? ['CONFINED_SPACE'] : []
  if (type === 'TEMPORARY_POWER') return ['HOT_WORK', 'CONFINED_SPACE']
  return []
}
