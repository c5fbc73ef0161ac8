import { allOf, type Schemas } from '@/shared/api/schemas'
import type { PageQuery } from '@/shared/api/types/common'

/** The risk register (graded risk control) in the national exchange names: object → unit → event → measure → task. */
export type RiskObject = Schemas['RiskObjectView']
/** Whom a task can be given to: the enterprise's enabled users and its posts (role codes). */
export type TaskAssigneeChoices = Schemas['Choices']
/** What generating a source's accountable tasks made: the checklist's tasks and how many were new. */
export type AccountableTasksResult = Schemas['AccountableTasksResult']
export type RiskObjectRequest = Schemas['RiskObjectRequest']
export type RiskUnit = Schemas['RiskUnitView']
export type RiskUnitRequest = Schemas['RiskUnitRequest']
export type RiskEvent = Schemas['RiskEventView']
export type RiskEventRequest = Schemas['RiskEventRequest']
export type RiskAssessment = Schemas['RiskAssessmentView']
export type ControlMeasure = Schemas['ControlMeasureView']
export type ControlMeasureRequest = Schemas['ControlMeasureRequest']
export type InspectionTask = Schemas['InspectionTaskView']
export type InspectionTaskRequest = Schemas['InspectionTaskRequest']
/** A due window of a task with its state (done with its record, due, upcoming, missed). */
export type DueWindow = Schemas['OccurrenceView']
export type RiskMap = Schemas['RiskMapView']
export type AreaRisk = RiskMap['areas'][number]
export type CycleUnit = InspectionTask['checkCycleUnit']
export type WorkDayType = InspectionTask['workDayType']

export const CYCLE_UNITS = allOf<CycleUnit>()(['HOUR', 'DAY', 'MONTH', 'YEAR'])
export const WORK_DAY_TYPES = allOf<WorkDayType>()(['EVERY_DAY', 'WORKING_DAYS', 'NON_WORKING_DAYS'])

/** GET /api/v1/risk-objects query (paging written by hand, as the document models it as one object). */
export interface RiskObjectQuery extends PageQuery {
  enterpriseId?: string
}
