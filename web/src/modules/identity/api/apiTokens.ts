import { del, get, post } from '@/shared/http'
import type { Page } from '@/shared/api/types/common'
import type { ApiToken, ApiTokenQuery, CreateApiTokenRequest, CreatedApiToken } from './types/apiToken'

const BASE = '/api/v1/api-tokens'

/** GET /api/v1/api-tokens?page=&size= */
export function listApiTokens(query: ApiTokenQuery = {}): Promise<Page<ApiToken>> {
  return get<Page<ApiToken>, ApiTokenQuery>(BASE, query)
}

/** POST /api/v1/api-tokens → 201 {token, apiToken}; the token is shown once. */
export function createApiToken(body: CreateApiTokenRequest): Promise<CreatedApiToken> {
  return post<CreatedApiToken, CreateApiTokenRequest>(BASE, body)
}

/** DELETE /api/v1/api-tokens/{id} → 204 (revoke) */
export function revokeApiToken(id: string): Promise<void> {
  return del(`${BASE}/${encodeURIComponent(id)}`)
}
