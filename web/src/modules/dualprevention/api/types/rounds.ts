import type { Schemas } from '@/shared/api/schemas'

/** An occurrence of one of the caller's inspection tasks, with the task it belongs to. */
export type RoundOccurrence = Schemas['RoundOccurrence']
export type OccurrenceState = Schemas['OccurrenceView']['state']
export type InspectionRecordRequest = Schemas['InspectionRecordRequest']
export type InspectionRecord = Schemas['InspectionRecordView']
export type CheckStatus = InspectionRecordRequest['checkStatus']
export type RecordLocation = Schemas['RecordLocation']

export const CHECK_STATUSES: readonly CheckStatus[] = ['NORMAL', 'DANGER_FOUND', 'OTHER']
