import { allOf, type Schemas } from '@/shared/api/schemas'
import type { PageQuery } from '@/shared/api/types/common'

/** A hidden danger with its national fields and lifecycle status. */
export type HiddenDanger = Schemas['HiddenDangerView']
export type HiddenDangerReport = Schemas['HiddenDangerReport']
export type HiddenDangerStep = Schemas['HiddenDangerStep']
export type GradingRequest = Schemas['GradingRequest']
export type MajorCriterion = Schemas['Criterion']
export type OrderRequest = Schemas['OrderRequest']
export type RectificationReport = Schemas['RectificationReport']
export type AcceptanceRequest = Schemas['AcceptanceRequest']
export type SendBackRequest = Schemas['SendBackRequest']
export type HiddenDangerStatus = HiddenDanger['status']
export type DangerLevel = GradingRequest['dangerLevel']
export type DangerManageType = OrderRequest['dangerManageType']

/** In the order of the lifecycle. */
export const HIDDEN_DANGER_STATUSES = allOf<HiddenDangerStatus>()(['REPORTED', 'CONFIRMED', 'RECTIFYING', 'PENDING_ACCEPTANCE', 'ACCEPTED', 'CLOSED'])
export const DANGER_LEVELS = allOf<DangerLevel>()(['GENERAL', 'MAJOR'])
export const DANGER_MANAGE_TYPES = allOf<DangerManageType>()(['IMMEDIATE', 'BY_DEADLINE'])

/** GET /api/v1/hidden-dangers query. */
export interface HiddenDangerQuery extends PageQuery {
  enterpriseId?: string
  status?: HiddenDangerStatus
  dangerLevel?: DangerLevel
  overdue?: boolean
  q?: string
}
