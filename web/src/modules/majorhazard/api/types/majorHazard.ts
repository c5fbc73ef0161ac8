import type { PageQuery } from '@/shared/api/types/common'
import { allOf, type Schemas } from '@/shared/api/schemas'

/** One substance of an assessment. Decimals are truncated to 4 places by the server. */
export type AssessedSubstance = Schemas['AssessedSubstance']
/** A Table 1 substance whose β cannot be determined (Table 3 does not name it and it has no category). */
export type MissingBeta = Schemas['MissingBeta']
export type AssessmentResult = Schemas['AssessmentResult']
/** One identification and grading of a unit, as stored. */
export type UnitAssessment = Schemas['UnitAssessmentView']
export type SourceSummary = Schemas['SourceSummary']
export type SourceDetail = Schemas['SourceDetail']
export type HistoryEntry = Schemas['HistoryEntry']
export type AccountablePerson = Schemas['AccountablePersonView']
export type AccountablePersonRequest = Schemas['Person']
/** Body of PUT /api/v1/major-hazard-sources/{id}/accountable-people: all three roles. */
export type AccountablePeopleRequest = Schemas['AccountablePeopleRequest']
export type ExposureRequest = Schemas['ExposureRequest']
/** Counts of the sources of one enterprise within the caller's scope (GET …/by-enterprise). */
export type EnterpriseSourceCounts = Schemas['EnterpriseSourceCounts']

/** GB 18218-2018 Table 6: 1 = level 1 (most severe) … 4 = level 4. */
export type MajorHazardLevel = NonNullable<AssessmentResult['level']>

export const MAJOR_HAZARD_LEVELS = allOf<MajorHazardLevel>()([1, 2, 3, 4])

/** Accountable people (baobao): chief, technical lead, operations lead (MEM 2021 No. 12, art. 3). */
export type AccountableRole = AccountablePerson['role']

export const ACCOUNTABLE_ROLES = allOf<AccountableRole>()(['CHIEF', 'TECHNICAL', 'OPERATIONS'])

export type SourceStatus = SourceSummary['status']

export type AssessmentTrigger = UnitAssessment['trigger']

export const ASSESSMENT_TRIGGERS = allOf<AssessmentTrigger>()(['INVENTORY_CHANGED', 'EXPOSURE_CHANGED', 'MANUAL'])

/** The GB 18218-2018 table a value was taken from: Q from Table 1 or 2, β from Table 3 or 4. */
export type CriticalQuantitySource = AssessedSubstance['criticalQuantitySource']
export type BetaSource = NonNullable<AssessedSubstance['betaSource']>

export interface SourceQuery extends PageQuery {
  enterpriseId?: string
  level?: MajorHazardLevel
  /** Matches the unit code, the unit name and the enterprise name. */
  q?: string
  /** Also list retired sources (default false). */
  includeRetired?: boolean
}
