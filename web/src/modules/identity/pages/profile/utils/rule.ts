import type { FormItemRule, FormRules } from 'element-plus'
import { sameAsRule, strongPasswordRule } from '@/modules/identity/pages/users/utils/rule'
import type { ChangePasswordModel } from './types'

type Translate = (key: string, named?: Record<string, string | number>) => string
type Validator = NonNullable<FormItemRule['validator']>

export function changePasswordRules(t: Translate, model: ChangePasswordModel): FormRules<ChangePasswordModel> {
  const differs: Validator = (_rule, value: unknown, callback) => {
    if (typeof value === 'string' && value !== '' && value === model.currentPassword) callback(new Error(t('profile.rule.samePassword')))
    else callback()
  }
  return {
    currentPassword: [{ required: true, message: t('profile.rule.currentPassword'), trigger: 'blur' }],
    newPassword: [strongPasswordRule(t), { validator: differs, trigger: 'blur' }],
    confirmPassword: [sameAsRule(t, () => model.newPassword)]
  }
}
