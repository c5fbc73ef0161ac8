import { allOf, type Operations, type Schemas } from '@/shared/api/schemas'
import type { PageQuery } from '@/shared/api/types/common'

/** An alarm as lists show it; with its transitions as one alarm's page shows it. */
export type Alarm = Schemas['AlarmView']
export type AlarmDetail = Schemas['AlarmDetail']
export type AlarmTransition = Schemas['Transition']
export type AlarmSeverity = Alarm['severity']
export type AlarmType = Alarm['type']
export type AlarmCondition = Alarm['condition']
export type TransitionKind = AlarmTransition['kind']
export type AcknowledgeRequest = Schemas['AcknowledgeRequest']
export type ShelveRequest = Schemas['ShelveRequest']
export type OutOfServiceRequest = Schemas['OutOfServiceRequest']
export type DisposeRequest = Schemas['DisposeRequest']
export type CauseCategory = DisposeRequest['causeCategory']
export type AlarmKpiReport = Schemas['AlarmKpiReport']
export type LadderView = Schemas['LadderView']
export type EscalationLadder = Schemas['EscalationLadder']
export type LadderRequest = Schemas['LadderRequest']
export type AlarmStateFilter = NonNullable<NonNullable<Operations['alarmList']['parameters']['query']>['state']>

export const ALARM_SEVERITIES = allOf<AlarmSeverity>()(['CRITICAL', 'MAJOR', 'MINOR', 'WARNING'])
export const ALARM_TYPES = allOf<AlarmType>()([
  'PROCESS_HIGH',
  'PROCESS_LOW',
  'COMM_LOSS',
  'FLATLINE',
  'OUT_OF_RANGE',
  'PERMIT_EXPIRED',
  'GAS_READING_OVERDUE',
  'RECTIFICATION_OVERDUE',
  'MISSED_INSPECTION'
])
export const ALARM_STATES = allOf<AlarmStateFilter>()([
  'OPEN',
  'ACTIVE',
  'RETURNED',
  'UNACKNOWLEDGED',
  'SHELVED',
  'SUPPRESSED',
  'OUT_OF_SERVICE',
  'STANDING',
  'CHATTERING',
  'CLOSED'
])
export const CAUSE_CATEGORIES = allOf<CauseCategory>()([
  'PROCESS_UPSET',
  'EQUIPMENT_FAULT',
  'INSTRUMENT_FAULT',
  'OPERATING_ERROR',
  'LEAK',
  'MAINTENANCE',
  'FALSE_ALARM',
  'OTHER'
])

/** GET /api/v1/alarms query (and the ledger's without paging); written here because the document nests paging. */
export interface AlarmQuery extends PageQuery {
  q?: string
  state?: AlarmStateFilter
  severity?: AlarmSeverity
  type?: AlarmType
  enterpriseId?: string
  originatorType?: Alarm['originatorType']
  originatorId?: string
  from?: string
  to?: string
}

/** GET /api/v1/alarm-kpis query. */
export interface AlarmKpiQuery {
  from?: string
  to?: string
  enterpriseId?: string
}
