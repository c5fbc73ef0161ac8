import { computed, reactive } from 'vue'
import { useI18n } from 'vue-i18n'
import type { FormRef } from '@/shared/composables/useFormRef'
import { changePassword } from '@/shared/api/auth'
import { useFormSubmit } from '@/shared/composables/useFormDialog'
import { changePasswordRules } from './rule'
import { CHANGE_PASSWORD_FIELDS, type ChangePasswordModel } from './types'

export function useChangePassword(formRef: FormRef) {
  const { t } = useI18n()
  const model = reactive<ChangePasswordModel>({ currentPassword: '', newPassword: '', confirmPassword: '' })
  const rules = computed(() => changePasswordRules(t, model))
  const { serverErrors, submitting, submit } = useFormSubmit({
    form: formRef,
    fields: CHANGE_PASSWORD_FIELDS,
    save: () => changePassword({ currentPassword: model.currentPassword, newPassword: model.newPassword }),
    success: () => t('profile.message.changed'),
    onSaved: () => formRef.value?.resetFields()
  })
  return { model, rules, serverErrors, submitting, submit }
}
