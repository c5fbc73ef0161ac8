import type { PageQuery } from '@/shared/api/types/common'

export type ApiTokenPurpose = 'TELEMETRY' | 'POSITIONING' | 'VIDEO' | 'EXCHANGE' | 'READ_ONLY'

export const API_TOKEN_PURPOSES: readonly ApiTokenPurpose[] = ['TELEMETRY', 'POSITIONING', 'VIDEO', 'EXCHANGE', 'READ_ONLY']

export interface ApiToken {
  id: string
  name: string
  purpose: ApiTokenPurpose
  enterpriseId: string | null
  enterpriseName: string | null
  prefix: string
  createdBy: string
  createdAt: string
  expiresAt: string | null
  lastUsedAt: string | null
  revokedAt: string | null
}

export type ApiTokenQuery = PageQuery

export interface CreateApiTokenRequest {
  name: string
  purpose: ApiTokenPurpose
  enterpriseId?: string
  expiresAt?: string
}

export interface CreatedApiToken {
  /** The full secret; returned only once. */
  token: string
  apiToken: ApiToken
}
