import type { PageQuery } from '@/shared/api/types/common'
import type { HazardUnitKind } from '@/modules/enterprise/api/types/unit'

/** GB 18218-2018 Table 6: 1 = level 1 (most severe) … 4 = level 4. */
export type MajorHazardLevel = 1 | 2 | 3 | 4

export const MAJOR_HAZARD_LEVELS: readonly MajorHazardLevel[] = [1, 2, 3, 4]

/** Accountable people (baobao): chief, technical lead, operations lead (MEM 2021 No. 12, art. 3). */
export type AccountableRole = 'CHIEF' | 'TECHNICAL' | 'OPERATIONS'

export const ACCOUNTABLE_ROLES: readonly AccountableRole[] = ['CHIEF', 'TECHNICAL', 'OPERATIONS']

export type SourceStatus = 'ACTIVE' | 'RETIRED'

export type AssessmentTrigger = 'INVENTORY_CHANGED' | 'EXPOSURE_CHANGED' | 'MANUAL'

export const ASSESSMENT_TRIGGERS: readonly AssessmentTrigger[] = ['INVENTORY_CHANGED', 'EXPOSURE_CHANGED', 'MANUAL']

/** The GB 18218-2018 table a value was taken from: Q from Table 1 or 2, β from Table 3 or 4. */
export type CriticalQuantitySource = 'TABLE_1' | 'TABLE_2'
export type BetaSource = 'TABLE_3' | 'TABLE_4'

/** One substance of an assessment. Decimals are truncated to 4 places by the server. */
export interface AssessedSubstance {
  name: string | null
  cas: string | null
  table1Row: number | null
  /** q, the design maximum in tonnes */
  quantityTonnes: number
  /** Q in tonnes */
  criticalQuantityTonnes: number
  criticalQuantitySource: CriticalQuantitySource
  /** The Table 2 category that set Q (e.g. `W5.4`); null for Table 1. */
  category: string | null
  beta: number | null
  betaSource: BetaSource | null
  /** The Table 4 category that set β; null unless TABLE_4. */
  betaCategory: string | null
  /** q/Q */
  ratio: number
  /** β·q/Q; null with β */
  weightedRatio: number | null
}

/** A Table 1 substance whose β cannot be determined (Table 3 does not name it and it has no category). */
export interface MissingBeta {
  field: string
  table1Row: number
  name: string
  cas: string | null
}

export interface AssessmentResult {
  /** S = Σ q/Q */
  sumRatio: number
  /** S ≥ 1 */
  majorHazard: boolean
  /** α (Table 5); null while the people within 500 m are not recorded (then R and the level are null too). */
  alpha: number | null
  /** R = α·Σ β·q/Q; null when a β is missing */
  r: number | null
  level: MajorHazardLevel | null
  items: AssessedSubstance[]
  missingBeta: MissingBeta[]
}

/** One identification and grading of a unit, as stored. */
export interface UnitAssessment {
  id: number
  unitId: string
  assessedAt: string
  trigger: AssessmentTrigger
  /** Permanent residents within 500 m outside the boundary; null when not recorded yet. */
  exposedPeople: number | null
  complete: boolean
  /** What is missing, in the request's language. */
  problems: string[]
  result: AssessmentResult | null
}

export interface SourceSummary {
  id: string
  enterpriseId: string
  enterpriseName: string
  unitId: string
  unitCode: string
  unitName: string
  unitKind: HazardUnitKind
  level: MajorHazardLevel | null
  r: number | null
  sumRatio: number
  identifiedAt: string
  assessedAt: string
  status: SourceStatus
  assessmentComplete: boolean
  accountableComplete: boolean
  missingRoles: AccountableRole[]
}

export interface AccountablePerson {
  role: AccountableRole
  userId: string
  displayName: string
  post: string
  phone: string
}

export interface HistoryEntry {
  id: number
  assessedAt: string
  trigger: AssessmentTrigger
  exposedPeople: number | null
  complete: boolean
  sumRatio: number | null
  majorHazard: boolean
  r: number | null
  level: MajorHazardLevel | null
}

export interface SourceDetail extends SourceSummary {
  exposedPeople: number | null
  assessment: UnitAssessment
  accountablePeople: AccountablePerson[]
  history: HistoryEntry[]
}

export interface SourceQuery extends PageQuery {
  enterpriseId?: string
  level?: MajorHazardLevel
  /** Matches the unit code, the unit name and the enterprise name. */
  q?: string
  /** Also list retired sources (default false). */
  includeRetired?: boolean
}

export interface AccountablePersonRequest {
  role: AccountableRole
  userId: string
  post: string
  phone: string
}

/** Body of PUT /api/v1/major-hazard-sources/{id}/accountable-people: all three roles. */
export interface AccountablePeopleRequest {
  people: AccountablePersonRequest[]
}

export interface ExposureRequest {
  exposedPeople: number
}

/** Counts of the sources of one enterprise within the caller's scope (GET …/by-enterprise). */
export interface EnterpriseSourceCounts {
  enterpriseId: string
  enterpriseName: string
  regionName: string
  /** WGS84; null when the enterprise has no location. */
  longitude: number | null
  latitude: number | null
  level1: number
  level2: number
  level3: number
  level4: number
  unleveled: number
  incompleteAccountable: number
}
