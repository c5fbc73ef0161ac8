import { computed, reactive, ref, shallowRef } from 'vue'
import { useI18n } from 'vue-i18n'
import { getEnterpriseProfile, saveEnterpriseProfile } from '@/modules/enterprise/api/enterpriseProfile'
import type { EnterpriseProfile, EnterpriseProfileRequest } from '@/modules/enterprise/api/types/enterpriseProfile'
import type { FormRef } from '@/shared/composables/useFormRef'
import { useFormSubmit } from '@/shared/composables/useFormDialog'
import { useUserStore } from '@/shared/stores/user'
import { decimalOrNull } from '@/modules/enterprise/utils/number'
import { profileRules } from './rule'
import { PROFILE_FORM_FIELDS, PROFILE_SERVER_ALIASES, type ProfileFormModel } from './types'

/* ---------------- pure helpers (unit-tested) ---------------- */

const text = (value: string | null | undefined): string => value ?? ''
const optional = (value: string): string | null => {
  const trimmed = value.trim()
  return trimmed === '' ? null : trimmed
}

export function profileToForm(profile: EnterpriseProfile): ProfileFormModel {
  return {
    name: profile.name,
    unifiedSocialCreditCode: text(profile.unifiedSocialCreditCode),
    hazchemRegistrationCode: text(profile.hazchemRegistrationCode),
    kinds: [...profile.kinds],
    regionCode: profile.regionCode,
    address: text(profile.address),
    longitude: profile.longitude == null ? '' : String(profile.longitude),
    latitude: profile.latitude == null ? '' : String(profile.latitude),
    principalName: text(profile.principalName),
    principalPhone: text(profile.principalPhone),
    safetyDirectorName: text(profile.safetyDirectorName),
    safetyDirectorPhone: text(profile.safetyDirectorPhone),
    standardizationLevel: profile.standardizationLevel,
    status: profile.status
  }
}

/** The request for a form that passed validation: blank text is absent, the credit code in capitals. */
export function formToRequest(model: ProfileFormModel): EnterpriseProfileRequest {
  return {
    name: model.name.trim(),
    unifiedSocialCreditCode: optional(model.unifiedSocialCreditCode.toUpperCase()),
    hazchemRegistrationCode: optional(model.hazchemRegistrationCode),
    kinds: [...model.kinds],
    regionCode: model.regionCode,
    address: optional(model.address),
    longitude: decimalOrNull(model.longitude),
    latitude: decimalOrNull(model.latitude),
    principalName: optional(model.principalName),
    principalPhone: optional(model.principalPhone),
    safetyDirectorName: optional(model.safetyDirectorName),
    safetyDirectorPhone: optional(model.safetyDirectorPhone),
    standardizationLevel: model.standardizationLevel,
    status: model.status
  }
}

/** "117.452100, 35.099200" style WGS84 text; '' without a location. */
export function formatLocation(longitude: number | null, latitude: number | null): string {
  if (longitude === null || latitude === null) return ''
  return `${longitude.toFixed(6)}, ${latitude.toFixed(6)}`
}

/* ---------------- page ---------------- */

/** The signed-in enterprise user's own enterprise profile: view, then edit (enterprise:write). */
export function useEnterpriseProfile(formRef: FormRef) {
  const { t } = useI18n()
  const user = useUserStore()
  const enterpriseId = computed(() => user.scope?.enterpriseId ?? null)

  const profile = shallowRef<EnterpriseProfile | null>(null)
  const loading = ref(false)
  const failed = ref(false)
  const editing = ref(false)
  const model = reactive<ProfileFormModel>({
    name: '',
    unifiedSocialCreditCode: '',
    hazchemRegistrationCode: '',
    kinds: [],
    regionCode: '',
    address: '',
    longitude: '',
    latitude: '',
    principalName: '',
    principalPhone: '',
    safetyDirectorName: '',
    safetyDirectorPhone: '',
    standardizationLevel: 'NONE',
    status: 'OPERATING'
  })
  const rules = computed(() => profileRules(t, model))
  const {
    serverErrors,
    clearServerErrors,
    submitting: saving,
    submit: save
  } = useFormSubmit({
    form: formRef,
    fields: PROFILE_FORM_FIELDS,
    aliases: PROFILE_SERVER_ALIASES,
    save: () => (enterpriseId.value ? saveEnterpriseProfile(enterpriseId.value, formToRequest(model)) : null),
    success: () => t('registry.profile.message.saved'),
    onSaved: (saved) => {
      profile.value = saved
      editing.value = false
    }
  })

  async function load(): Promise<void> {
    const id = enterpriseId.value
    if (!id) return
    loading.value = true
    failed.value = false
    try {
      profile.value = await getEnterpriseProfile(id)
    } catch {
      failed.value = true
    } finally {
      loading.value = false
    }
  }

  function startEdit(): void {
    if (!profile.value) return
    Object.assign(model, profileToForm(profile.value))
    clearServerErrors()
    editing.value = true
    formRef.value?.clearValidate()
  }

  function cancelEdit(): void {
    editing.value = false
    clearServerErrors()
  }

  return {
    enterpriseId,
    profile,
    loading,
    failed,
    editing,
    saving,
    model,
    rules,
    serverErrors,
    load,
    startEdit,
    cancelEdit,
    save
  }
}
