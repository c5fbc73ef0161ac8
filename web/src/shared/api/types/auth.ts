export type ScopeKind = 'PLATFORM' | 'REGION' | 'ENTERPRISE'

export interface Scope {
  kind: ScopeKind
  regionCode: string | null
  regionName: string | null
  enterpriseId: string | null
  enterpriseName: string | null
}

export interface RoleRef {
  code: string
  name: string
}

export interface CurrentUser {
  id: string
  username: string
  displayName: string
  roles: RoleRef[]
  permissions: string[]
  scope: Scope
}

export interface CsrfToken {
  headerName: string
  token: string
}

export interface LoginRequest {
  username: string
  password: string
}

export interface ChangePasswordRequest {
  currentPassword: string
  newPassword: string
}
