import type { Schemas } from '@/shared/api/schemas'
import type { PageQuery } from '@/shared/api/types/common'

/** An occurrence of one of the caller's inspection tasks, with the task it belongs to. */
export type RoundOccurrence = Schemas['RoundOccurrence']
export type OccurrenceState = Schemas['OccurrenceView']['state']
export type InspectionRecordRequest = Schemas['InspectionRecordRequest']
export type InspectionRecord = Schemas['InspectionRecordView']
export type CheckStatus = InspectionRecordRequest['checkStatus']
export type RecordLocation = Schemas['RecordLocation']

export const CHECK_STATUSES: readonly CheckStatus[] = ['NORMAL', 'DANGER_FOUND', 'OTHER']

/** GET /api/v1/inspection-records query: the check time in [from, to). */
export interface InspectionRecordQuery extends PageQuery {
  enterpriseId?: string
  checkStatus?: CheckStatus
  from?: string
  to?: string
}
