import type { PageQuery } from '@/shared/api/types/common'

export type EnterpriseKind = 'PRODUCTION' | 'STORAGE_TRADING' | 'USE' | 'GAS_STATION'

export const ENTERPRISE_KINDS: readonly EnterpriseKind[] = ['PRODUCTION', 'STORAGE_TRADING', 'USE', 'GAS_STATION']

export interface Enterprise {
  id: string
  name: string
  unifiedSocialCreditCode: string | null
  kinds: EnterpriseKind[]
  regionCode: string
  regionName: string
  address: string | null
}

export interface EnterpriseQuery extends PageQuery {
  q?: string
  regionCode?: string
}
