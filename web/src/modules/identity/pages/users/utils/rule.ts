import type { FormItemRule, FormRules } from 'element-plus'
import type { ResetPasswordModel, UserFormMode, UserFormModel } from './types'

type Translate = (key: string, named?: Record<string, string | number>) => string

export const PASSWORD_MIN_LENGTH = 8
export const PASSWORD_MAX_LENGTH = 128
export const USERNAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{2,63}$/
export const PHONE_PATTERN = /^[0-9+\-() ]{5,20}$/

/** At least 8 characters with at least one letter and one digit. */
export function isStrongPassword(value: string): boolean {
  return value.length >= PASSWORD_MIN_LENGTH && value.length <= PASSWORD_MAX_LENGTH && /[A-Za-z]/.test(value) && /\d/.test(value)
}

type Validator = NonNullable<FormItemRule['validator']>

/** Password rule shared by the user dialog, the reset dialog and the profile page. */
export function strongPasswordRule(t: Translate): FormItemRule {
  const validator: Validator = (_rule, value: unknown, callback) => {
    if (typeof value !== 'string' || value === '') callback(new Error(t('validation.passwordRequired')))
    else if (!isStrongPassword(value)) callback(new Error(t('validation.passwordWeak', { min: PASSWORD_MIN_LENGTH })))
    else callback()
  }
  return { required: true, validator, trigger: 'blur' }
}

/** "Must equal the other field" rule (confirm password). */
export function sameAsRule(t: Translate, other: () => string): FormItemRule {
  const validator: Validator = (_rule, value: unknown, callback) => {
    if (typeof value !== 'string' || value === '') callback(new Error(t('validation.confirmRequired')))
    else if (value !== other()) callback(new Error(t('validation.passwordMismatch')))
    else callback()
  }
  return { required: true, validator, trigger: 'blur' }
}

export function userFormRules(t: Translate, mode: UserFormMode, model: UserFormModel): FormRules<UserFormModel> {
  const rules: FormRules<UserFormModel> = {
    displayName: [
      { required: true, whitespace: true, message: t('user.rule.displayName'), trigger: 'blur' },
      { max: 64, message: t('validation.maxLength', { max: 64 }), trigger: 'blur' }
    ],
    phone: [{ pattern: PHONE_PATTERN, message: t('user.rule.phone'), trigger: 'blur' }],
    email: [{ type: 'email', message: t('user.rule.email'), trigger: 'blur' }],
    roleCodes: [{ type: 'array', required: true, min: 1, message: t('user.rule.roles'), trigger: 'change' }]
  }
  if (mode === 'create') {
    rules.username = [
      { required: true, whitespace: true, message: t('user.rule.username'), trigger: 'blur' },
      { pattern: USERNAME_PATTERN, message: t('user.rule.usernamePattern'), trigger: 'blur' }
    ]
    rules.password = [strongPasswordRule(t)]
    rules.scopeKind = [{ required: true, message: t('user.rule.scopeKind'), trigger: 'change' }]
    if (model.scopeKind === 'REGION') {
      rules.regionCode = [{ required: true, message: t('user.rule.region'), trigger: 'change' }]
    }
    if (model.scopeKind === 'ENTERPRISE') {
      rules.enterpriseId = [{ required: true, message: t('user.rule.enterprise'), trigger: 'change' }]
    }
  }
  return rules
}

export function resetPasswordRules(t: Translate, model: ResetPasswordModel): FormRules<ResetPasswordModel> {
  return {
    newPassword: [strongPasswordRule(t)],
    confirmPassword: [sameAsRule(t, () => model.newPassword)]
  }
}
