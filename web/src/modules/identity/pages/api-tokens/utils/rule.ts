import type { FormItemRule, FormRules } from 'element-plus'
import type { ApiTokenFormModel } from './types'

type Translate = (key: string, named?: Record<string, string | number>) => string
type Validator = NonNullable<FormItemRule['validator']>

export const TOKEN_NAME_MAX = 64

/** The expiry, when given, must lie in the future. */
export function isFutureOrEmpty(value: Date | null, now: Date = new Date()): boolean {
  return value === null || value.getTime() > now.getTime()
}

export function apiTokenRules(t: Translate): FormRules<ApiTokenFormModel> {
  const expiryValidator: Validator = (_rule, value: unknown, callback) => {
    if (value instanceof Date && !isFutureOrEmpty(value)) callback(new Error(t('apiToken.rule.expiresAt')))
    else callback()
  }
  return {
    name: [
      { required: true, whitespace: true, message: t('apiToken.rule.name'), trigger: 'blur' },
      { max: TOKEN_NAME_MAX, message: t('validation.maxLength', { max: TOKEN_NAME_MAX }), trigger: 'blur' }
    ],
    purpose: [{ required: true, message: t('apiToken.rule.purpose'), trigger: 'change' }],
    expiresAt: [{ validator: expiryValidator, trigger: 'change' }]
  }
}
