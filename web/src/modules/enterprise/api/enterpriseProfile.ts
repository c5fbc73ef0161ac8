import { get, post, put } from '@/shared/http'
import type { EnterpriseProfile, EnterpriseProfileRequest } from './types/enterpriseProfile'

const BASE = '/api/v1/enterprises'

/** GET /api/v1/enterprises/{id} — the whole profile, within the caller's scope. */
export function getEnterpriseProfile(id: string): Promise<EnterpriseProfile> {
  return get<EnterpriseProfile>(`${BASE}/${encodeURIComponent(id)}`)
}

/** PUT /api/v1/enterprises/{id} — 400 with field errors (e.g. `unifiedSocialCreditCodeValid`), 403 when moving town. */
export function saveEnterpriseProfile(id: string, body: EnterpriseProfileRequest): Promise<EnterpriseProfile> {
  return put<EnterpriseProfile, EnterpriseProfileRequest>(`${BASE}/${encodeURIComponent(id)}`, body)
}

/** POST /api/v1/enterprises → 201 (government users register an enterprise in a town of their region). */
export function registerEnterprise(body: EnterpriseProfileRequest): Promise<EnterpriseProfile> {
  return post<EnterpriseProfile, EnterpriseProfileRequest>(BASE, body)
}
