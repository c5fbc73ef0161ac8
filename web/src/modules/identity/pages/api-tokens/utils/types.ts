import type { ApiTokenPurpose } from '@/modules/identity/api/types/apiToken'

export interface ApiTokenFormModel {
  name: string
  purpose: ApiTokenPurpose | ''
  enterpriseId: string
  expiresAt: Date | null
}

export type ApiTokenFormField = keyof ApiTokenFormModel

export const API_TOKEN_FORM_FIELDS: readonly ApiTokenFormField[] = ['name', 'purpose', 'enterpriseId', 'expiresAt']

export interface EnterpriseOption {
  id: string
  name: string
  regionName: string
}
