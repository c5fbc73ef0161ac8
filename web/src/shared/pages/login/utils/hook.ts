import { computed, reactive, ref } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { useI18n } from 'vue-i18n'
import { validateForm, type FormRef } from '@/shared/composables/useFormRef'
import { useUserStore } from '@/shared/stores/user'
import { isProblemError, problemMessage } from '@/shared/http'
import { formatDateTime } from '@/shared/composables/useFormat'
import { safeRedirect } from '@/shared/router/menu'
import { loginRules } from './rule'
import type { LoginForm } from './types'

/** Message for a failed sign-in: bad credentials, locked account (with time) or anything else. */
export function loginErrorMessage(error: unknown, t: (key: string, named?: Record<string, string>) => string, locale: string): string {
  if (!isProblemError(error)) return t('login.error.unknown')
  if (error.status === 423 || error.hasType('account-locked')) {
    const until = error.problem.lockedUntil
    return until ? t('login.error.lockedUntil', { time: formatDateTime(until, locale) }) : t('login.error.locked')
  }
  if (error.status === 401 || error.hasType('bad-credentials')) return t('login.error.badCredentials')
  if (error.status === 0) return problemMessage(error.problem) || t('login.error.unknown')
  return problemMessage(error.problem) || t('login.error.unknown')
}

export function useLogin(formRef: FormRef) {
  const { t, locale } = useI18n()
  const route = useRoute()
  const router = useRouter()
  const user = useUserStore()

  const form = reactive<LoginForm>({ username: '', password: '' })
  const rules = computed(() => loginRules(t))
  const submitting = ref(false)
  const errorMessage = ref('')

  async function submit(): Promise<void> {
    errorMessage.value = ''
    if (!(await validateForm(formRef))) return
    submitting.value = true
    try {
      await user.login({ username: form.username.trim(), password: form.password })
      await router.replace(safeRedirect(route.query.redirect) ?? '/')
    } catch (error: unknown) {
      errorMessage.value = loginErrorMessage(error, t, locale.value)
      form.password = ''
    } finally {
      submitting.value = false
    }
  }

  return { form, rules, submitting, errorMessage, submit }
}
