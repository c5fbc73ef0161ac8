import type { PageQuery } from '@/shared/api/types/common'
import { allOf, type Schemas } from '@/shared/api/schemas'

export type Enterprise = Schemas['EnterpriseSummary']
export type EnterpriseKind = Enterprise['kinds'][number]

export const ENTERPRISE_KINDS = allOf<EnterpriseKind>()(['PRODUCTION', 'STORAGE_TRADING', 'USE', 'GAS_STATION'])

export interface EnterpriseQuery extends PageQuery {
  q?: string
  regionCode?: string
}
