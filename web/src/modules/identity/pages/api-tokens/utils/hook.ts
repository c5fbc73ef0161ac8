import { computed, reactive, ref, shallowRef, watch } from 'vue'
import { useI18n } from 'vue-i18n'
import { ElMessage, ElMessageBox } from 'element-plus'
import { validateForm, type FormRef } from '@/shared/composables/useFormRef'
import { createApiToken, listApiTokens, revokeApiToken } from '@/modules/identity/api/apiTokens'
import { listEnterprises } from '@/modules/enterprise/api/enterprises'
import type { ApiToken, CreateApiTokenRequest, CreatedApiToken } from '@/modules/identity/api/types/apiToken'
import { usePagedList } from '@/shared/composables/usePagedList'
import { useServerErrors } from '@/shared/composables/useServerErrors'
import { useUserStore } from '@/shared/stores/user'
import { apiTokenRules } from './rule'
import { API_TOKEN_FORM_FIELDS, type ApiTokenFormModel, type EnterpriseOption } from './types'

export function emptyTokenForm(): ApiTokenFormModel {
  return { name: '', purpose: '', enterpriseId: '', expiresAt: null }
}

/** Builds the create request; `withEnterprise` only for platform / region users. */
export function toCreateTokenRequest(model: ApiTokenFormModel, withEnterprise: boolean): CreateApiTokenRequest | null {
  if (!model.purpose) return null
  const request: CreateApiTokenRequest = { name: model.name.trim(), purpose: model.purpose }
  if (withEnterprise && model.enterpriseId) request.enterpriseId = model.enterpriseId
  if (model.expiresAt) request.expiresAt = model.expiresAt.toISOString()
  return request
}

export type TokenStatus = 'ACTIVE' | 'REVOKED' | 'EXPIRED'

export function tokenStatus(token: Pick<ApiToken, 'revokedAt' | 'expiresAt'>, now: Date = new Date()): TokenStatus {
  if (token.revokedAt) return 'REVOKED'
  if (token.expiresAt && new Date(token.expiresAt).getTime() <= now.getTime()) return 'EXPIRED'
  return 'ACTIVE'
}

/** Copies text to the clipboard (Clipboard API, or a hidden textarea on plain-http origins). */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (typeof navigator !== 'undefined' && navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text)
      return true
    }
  } catch {
    /* fall back below */
  }
  const area = document.createElement('textarea')
  area.value = text
  area.setAttribute('readonly', '')
  area.style.position = 'fixed'
  area.style.opacity = '0'
  document.body.appendChild(area)
  area.select()
  let copied = false
  try {
    copied = document.execCommand('copy')
  } catch {
    copied = false
  }
  area.remove()
  return copied
}

export function useApiTokenList() {
  const { t } = useI18n()
  const list = usePagedList<ApiToken>((paging) => listApiTokens(paging))
  const formVisible = ref(false)
  const created = shallowRef<CreatedApiToken | null>(null)
  const createdVisible = ref(false)

  function openCreate(): void {
    formVisible.value = true
  }

  async function onCreated(result: CreatedApiToken): Promise<void> {
    created.value = result
    createdVisible.value = true
    await list.search()
  }

  /** Forget the secret as soon as its dialog is closed. */
  function closeCreated(): void {
    createdVisible.value = false
    created.value = null
  }

  async function revoke(token: ApiToken): Promise<void> {
    try {
      await ElMessageBox.confirm(t('apiToken.confirm.revoke', { name: token.name }), t('apiToken.action.revoke'), {
        type: 'warning',
        confirmButtonText: t('apiToken.action.revoke'),
        cancelButtonText: t('common.cancel'),
        confirmButtonClass: 'el-button--danger'
      })
    } catch {
      return
    }
    try {
      await revokeApiToken(token.id)
      ElMessage.success(t('apiToken.message.revoked'))
      await list.load()
    } catch {
      /* message shown by the http wrapper */
    }
  }

  return { ...list, formVisible, openCreate, created, createdVisible, onCreated, closeCreated, revoke }
}

export function useApiTokenForm(props: { visible: boolean }, formRef: FormRef, onClose: () => void, onCreated: (result: CreatedApiToken) => void) {
  const { t } = useI18n()
  const user = useUserStore()
  const model = reactive<ApiTokenFormModel>(emptyTokenForm())
  const rules = computed(() => apiTokenRules(t))
  const server = useServerErrors(API_TOKEN_FORM_FIELDS)
  const submitting = ref(false)
  const enterprises = shallowRef<EnterpriseOption[]>([])
  const enterprisesLoading = ref(false)
  /** Enterprise users' tokens always belong to their own enterprise. */
  const chooseEnterprise = computed(() => user.scopeKind === 'PLATFORM' || user.scopeKind === 'REGION')

  async function searchEnterprises(query: string): Promise<void> {
    enterprisesLoading.value = true
    try {
      const page = await listEnterprises({ q: query, page: 0, size: 30 })
      enterprises.value = page.content.map((e) => ({ id: e.id, name: e.name, regionName: e.regionName }))
    } catch {
      enterprises.value = []
    } finally {
      enterprisesLoading.value = false
    }
  }

  watch(
    () => props.visible,
    (visible) => {
      if (!visible) return
      Object.assign(model, emptyTokenForm())
      server.clear()
      formRef.value?.clearValidate()
      if (chooseEnterprise.value) void searchEnterprises('')
    },
    { immediate: true }
  )

  function disabledDate(date: Date): boolean {
    const today = new Date()
    today.setHours(0, 0, 0, 0)
    return date.getTime() < today.getTime()
  }

  async function submit(): Promise<void> {
    server.clear()
    if (!(await validateForm(formRef))) return
    const request = toCreateTokenRequest(model, chooseEnterprise.value)
    if (!request) return
    submitting.value = true
    try {
      const result = await createApiToken(request)
      onClose()
      onCreated(result)
    } catch (error: unknown) {
      server.apply(error)
    } finally {
      submitting.value = false
    }
  }

  return {
    model,
    rules,
    serverErrors: server.errors,
    submitting,
    enterprises,
    enterprisesLoading,
    searchEnterprises,
    chooseEnterprise,
    disabledDate,
    submit
  }
}
