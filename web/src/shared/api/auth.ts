import { get, post } from '@/shared/http'
import type { ChangePasswordRequest, CsrfToken, CurrentUser, LoginRequest } from './types/auth'

const BASE = '/api/v1/auth'

/** GET /api/v1/auth/csrf — sets the XSRF-TOKEN cookie. Usually called through `ensureCsrf()`. */
export function getCsrf(): Promise<CsrfToken> {
  return get<CsrfToken>(`${BASE}/csrf`, undefined, { silent: true })
}

/** POST /api/v1/auth/login — 401 bad-credentials, 423 account-locked (shown by the login page). */
export function login(body: LoginRequest): Promise<CurrentUser> {
  return post<CurrentUser, LoginRequest>(`${BASE}/login`, body, { silent: true })
}

/** POST /api/v1/auth/logout */
export function logout(): Promise<void> {
  return post<void>(`${BASE}/logout`, undefined, { silent: true })
}

/** GET /api/v1/auth/me — 401 when not signed in. */
export function getMe(): Promise<CurrentUser> {
  return get<CurrentUser>(`${BASE}/me`, undefined, { silent: true })
}

/** POST /api/v1/auth/password */
export function changePassword(body: ChangePasswordRequest): Promise<void> {
  return post<void, ChangePasswordRequest>(`${BASE}/password`, body)
}
