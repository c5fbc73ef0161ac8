import { computed, reactive, ref, shallowRef, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { useFormDialog, type FormDialogInstance } from '@/shared/composables/useFormDialog'
import { createApiToken, listApiTokens, revokeApiToken } from '@/modules/identity/api/apiTokens'
import { listEnterprises } from '@/modules/enterprise/api/enterprises'
import type { ApiToken, CreateApiTokenRequest, CreatedApiToken } from '@/modules/identity/api/types/apiToken'
import { useListPage } from '@/shared/composables/useListPage'
import { useUserStore } from '@/shared/stores/user'
import { confirmAndRun } from '@/shared/utils/actions'
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
  const list = useListPage<ApiToken, object>(
    () => ({}),
    (paging) => listApiTokens(paging)
  )
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
    await confirmAndRun(
      {
        message: t('apiToken.confirm.revoke', { name: token.name }),
        title: t('apiToken.action.revoke'),
        confirmLabel: t('apiToken.action.revoke'),
        danger: true
      },
      () => revokeApiToken(token.id),
      { success: t('apiToken.message.revoked'), after: list.load }
    )
  }

  return { list, formVisible, openCreate, created, createdVisible, onCreated, closeCreated, revoke }
}

export function useApiTokenForm(
  props: { visible: boolean },
  dialog: Readonly<Ref<FormDialogInstance | null>>,
  onClose: () => void,
  onCreated: (result: CreatedApiToken) => void
) {
  const { t } = useI18n()
  const user = useUserStore()
  const model = reactive<ApiTokenFormModel>(emptyTokenForm())
  const rules = computed(() => apiTokenRules(t))
  const enterprises = shallowRef<EnterpriseOption[]>([])
  const enterprisesLoading = ref(false)
  /** Enterprise users' tokens always belong to their own enterprise. */
  const chooseEnterprise = computed(() => user.spansEnterprises)

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

  const form = useFormDialog({
    visible: () => props.visible,
    dialog,
    model,
    reset: emptyTokenForm,
    opened: () => {
      if (chooseEnterprise.value) void searchEnterprises('')
    },
    fields: API_TOKEN_FORM_FIELDS,
    save: () => {
      const request = toCreateTokenRequest(model, chooseEnterprise.value)
      return request ? createApiToken(request) : null
    },
    success: null,
    onSaved: onCreated,
    onClose
  })

  function disabledDate(date: Date): boolean {
    const today = new Date()
    today.setHours(0, 0, 0, 0)
    return date.getTime() < today.getTime()
  }

  return {
    model,
    rules,
    serverErrors: form.serverErrors,
    submitting: form.submitting,
    enterprises,
    enterprisesLoading,
    searchEnterprises,
    chooseEnterprise,
    disabledDate,
    submit: form.submit
  }
}
