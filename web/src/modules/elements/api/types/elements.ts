import { allOf, type Schemas } from '@/shared/api/schemas'
import type { PageQuery } from '@/shared/api/types/common'

/** A person of the enterprise with their qualifications; a certificate or training record. */
export type Person = Schemas['PersonView']
export type PersonRequest = Schemas['PersonRequest']
export type Qualification = Schemas['QualificationView']
export type QualificationRequest = Schemas['QualificationRequest']
export type QualificationKind = Qualification['kind']
export type QualificationState = Qualification['state']
export type QualificationCategory = Qualification['category']

export const QUALIFICATION_KINDS = allOf<QualificationKind>()([
  'WELDING_CUTTING',
  'ELECTRICIAN',
  'WORKING_AT_HEIGHT',
  'HAZARDOUS_CHEMICALS',
  'CRANE_OPERATOR',
  'CRANE_SIGNALLER',
  'GUARDIAN_TRAINING',
  'SPECIAL_WORK_TRAINING',
  'GAS_ANALYSIS_TRAINING',
  'SAFETY_INDUCTION'
])
export const QUALIFICATION_STATES = allOf<QualificationState>()(['VALID', 'EXPIRING', 'EXPIRED'])
export const QUALIFICATION_CATEGORIES = allOf<QualificationCategory>()(['CERTIFICATE', 'TRAINING'])

/** GET /api/v1/people query. */
export interface PersonQuery extends PageQuery {
  q?: string
  enabled?: boolean
}

/** GET /api/v1/qualifications query. */
export interface QualificationQuery extends PageQuery {
  q?: string
  personId?: string
  kind?: QualificationKind
  category?: QualificationCategory
  state?: QualificationState
}
