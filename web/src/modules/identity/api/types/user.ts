import type { PageQuery } from '@/shared/api/types/common'
import type { RoleRef, Scope, ScopeKind } from '@/shared/api/types/auth'

export interface User {
  id: string
  username: string
  displayName: string
  phone: string | null
  enabled: boolean
  lockedUntil: string | null
  roles: RoleRef[]
  scope: Scope
  createdAt: string
  lastLoginAt: string | null
}

export interface UserQuery extends PageQuery {
  q?: string
}

export interface ScopeRequest {
  kind: ScopeKind
  regionCode?: string
  enterpriseId?: string
}

export interface CreateUserRequest {
  username: string
  displayName: string
  phone?: string
  password: string
  roleCodes: string[]
  scope: ScopeRequest
}

export interface UpdateUserRequest {
  displayName: string
  phone?: string
  roleCodes: string[]
  enabled: boolean
}

export interface ResetPasswordRequest {
  newPassword: string
}
