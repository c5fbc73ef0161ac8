import { computed, reactive, ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { ElMessage } from 'element-plus'
import { validateForm, type FormRef } from '@/shared/composables/useFormRef'
import { changePassword } from '@/shared/api/auth'
import { useServerErrors } from '@/shared/composables/useServerErrors'
import { changePasswordRules } from './rule'
import { CHANGE_PASSWORD_FIELDS, type ChangePasswordModel } from './types'

export function useChangePassword(formRef: FormRef) {
  const { t } = useI18n()
  const model = reactive<ChangePasswordModel>({ currentPassword: '', newPassword: '', confirmPassword: '' })
  const rules = computed(() => changePasswordRules(t, model))
  const server = useServerErrors(CHANGE_PASSWORD_FIELDS)
  const submitting = ref(false)

  async function submit(): Promise<void> {
    server.clear()
    if (!(await validateForm(formRef))) return
    submitting.value = true
    try {
      await changePassword({ currentPassword: model.currentPassword, newPassword: model.newPassword })
      ElMessage.success(t('profile.message.changed'))
      formRef.value?.resetFields()
    } catch (error: unknown) {
      server.apply(error)
    } finally {
      submitting.value = false
    }
  }

  return { model, rules, serverErrors: server.errors, submitting, submit }
}
