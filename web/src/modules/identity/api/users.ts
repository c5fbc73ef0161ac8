import { get, post, put } from '@/shared/http'
import type { Page } from '@/shared/api/types/common'
import type { CreateUserRequest, ResetPasswordRequest, UpdateUserRequest, User, UserQuery } from './types/user'

const BASE = '/api/v1/users'

/** GET /api/v1/users?q=&page=&size= */
export function listUsers(query: UserQuery = {}): Promise<Page<User>> {
  return get<Page<User>, UserQuery>(BASE, query)
}

/** GET /api/v1/users/{id} */
export function getUser(id: string): Promise<User> {
  return get<User>(`${BASE}/${encodeURIComponent(id)}`)
}

/** POST /api/v1/users → 201 User */
export function createUser(body: CreateUserRequest): Promise<User> {
  return post<User, CreateUserRequest>(BASE, body)
}

/** PUT /api/v1/users/{id} */
export function updateUser(id: string, body: UpdateUserRequest): Promise<User> {
  return put<User, UpdateUserRequest>(`${BASE}/${encodeURIComponent(id)}`, body)
}

/** POST /api/v1/users/{id}/password → 204 */
export function resetUserPassword(id: string, body: ResetPasswordRequest): Promise<void> {
  return post<void, ResetPasswordRequest>(`${BASE}/${encodeURIComponent(id)}/password`, body)
}

/** POST /api/v1/users/{id}/unlock → 204 */
export function unlockUser(id: string): Promise<void> {
  return post<void>(`${BASE}/${encodeURIComponent(id)}/unlock`)
}
