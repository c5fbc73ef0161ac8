import type { PageQuery } from '@/shared/api/types/common'
import type { Schemas } from '@/shared/api/schemas'

export type User = Schemas['UserView']

export interface UserQuery extends PageQuery {
  q?: string
}

export type ScopeRequest = Schemas['ScopeRequest']
export type CreateUserRequest = Schemas['CreateUserRequest']
export type UpdateUserRequest = Schemas['UpdateUserRequest']
export type ResetPasswordRequest = Schemas['ResetPasswordRequest']
