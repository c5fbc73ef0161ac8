import { allOf, type Schemas } from '@/shared/api/schemas'
import type { PageQuery } from '@/shared/api/types/common'

/** A permit with its records, signature chain and next signature. */
export type Permit = Schemas['PermitView']
export type PermitSummary = Schemas['PermitSummary']
export type PermitRecord = Schemas['PermitRecordView']
export type PermitApplication = Schemas['PermitApplication']
export type SignatureRequest = Schemas['SignatureRequest']
export type GasAnalysisEntry = Schemas['GasAnalysisEntry']
export type MeasureConfirmation = Schemas['MeasureConfirmation']
export type ChainVerification = Schemas['ChainVerification']
export type PermitBoard = Schemas['PermitBoardView']
export type PermitDraft = Schemas['PermitDraftView']
export type BoardEntry = PermitBoard['placed'][number]
export type PermitStatus = Permit['status']
export type SignatureStep = Permit['chain'][number]
export type PermitRecordKind = PermitRecord['kind']

export const PERMIT_STATUSES = allOf<PermitStatus>()([
  'APPLIED',
  'APPROVED',
  'IN_PROGRESS',
  'SUSPENDED',
  'COMPLETED',
  'CLOSED',
  'CANCELLED',
  'EXPIRED',
  'REVOKED'
])

/** The steps of the work after approval, each a POST /api/v1/permits/{id}/{action}. */
export type PermitAction = 'start' | 'suspend' | 'resume' | 'complete' | 'accept' | 'cancel' | 'revoke'

/** GET /api/v1/permits query: the document models paging as one object, so the query is written here. */
export interface PermitQuery extends PageQuery {
  type?: PermitSummary['type']
  status?: PermitStatus
  q?: string
}
