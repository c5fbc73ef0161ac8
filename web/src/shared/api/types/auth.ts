import type { Schemas } from '@/shared/api/schemas'

export type ScopeKind = Schemas['ScopeView']['kind']
export type Scope = Schemas['ScopeView']
export type RoleRef = Schemas['RoleRef']
export type CurrentUser = Schemas['CurrentUserView']
export type CsrfToken = Schemas['CsrfTokenView']
export type LoginRequest = Schemas['LoginRequest']
export type ChangePasswordRequest = Schemas['ChangePasswordRequest']
