import type { ScopeKind } from '@/shared/api/types/auth'

export type UserFormMode = 'create' | 'edit'

/** Model of the create / edit dialog (scope flattened for the form). */
export interface UserFormModel {
  username: string
  displayName: string
  phone: string
  email: string
  password: string
  roleCodes: string[]
  scopeKind: ScopeKind
  regionCode: string
  enterpriseId: string
  enabled: boolean
}

export type UserFormField = keyof UserFormModel

export const USER_FORM_FIELDS: readonly UserFormField[] = [
  'username',
  'displayName',
  'phone',
  'email',
  'password',
  'roleCodes',
  'scopeKind',
  'regionCode',
  'enterpriseId',
  'enabled'
]

/** Model of the reset-password dialog. */
export interface ResetPasswordModel {
  newPassword: string
  confirmPassword: string
}

export type ResetPasswordField = keyof ResetPasswordModel

export interface EnterpriseOption {
  id: string
  name: string
  regionName: string
}
