import { computed, reactive, ref, shallowRef, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import type { FormRules } from 'element-plus'
import { getMajorHazardSource, saveAccountablePeople } from '@/modules/majorhazard/api/majorHazards'
import { listUsers } from '@/modules/identity/api/users'
import {
  ACCOUNTABLE_ROLES,
  type AccountablePeopleRequest,
  type AccountablePerson,
  type AccountableRole,
  type AssessmentResult,
  type SourceDetail
} from '@/modules/majorhazard/api/types/majorHazard'
import type { User } from '@/modules/identity/api/types/user'
import { useFormDialog, type FormDialogInstance } from '@/shared/composables/useFormDialog'
import { isProblemError } from '@/shared/http'
import {
  alphaBand,
  levelFromR,
  rWritten,
  sumRatioWritten,
  weightedSum,
  weightedSumWritten,
  type AlphaBand
} from '@/modules/majorhazard/utils/calculation'
import type { AccountableFormModel, AccountablePersonForm, UserOption } from './types'

/* ---------------- pure helpers (unit-tested) ---------------- */

/** Everything the calculation panel writes out, from the stored result and the head count. */
export interface CalculationView {
  sWritten: string
  weighted: number | null
  weightedWritten: string
  rWritten: string
  band: AlphaBand | null
  /** The level the page highlights in Table 6: the server's, else the one R falls in. */
  level: ReturnType<typeof levelFromR>
}

export function calculationView(result: AssessmentResult, exposedPeople: number | null): CalculationView {
  const weighted = weightedSum(result.items)
  return {
    sWritten: sumRatioWritten(result.items, result.sumRatio),
    weighted,
    weightedWritten: weightedSumWritten(result.items),
    rWritten: rWritten(result.alpha ?? null, weighted, result.r ?? null),
    band: alphaBand(exposedPeople),
    level: result.level ?? (result.majorHazard ? levelFromR(result.r) : null)
  }
}

/** The accountability person of a role, or null when it is missing. */
export function personOf(people: readonly AccountablePerson[], role: AccountableRole): AccountablePerson | null {
  return people.find((person) => person.role === role) ?? null
}

export function emptyPerson(): AccountablePersonForm {
  return { userId: '', displayName: '', post: '', phone: '' }
}

export function accountableToForm(people: readonly AccountablePerson[]): AccountableFormModel {
  const form = { CHIEF: emptyPerson(), TECHNICAL: emptyPerson(), OPERATIONS: emptyPerson() }
  for (const person of people) {
    form[person.role] = { userId: person.userId, displayName: person.displayName, post: person.post, phone: person.phone }
  }
  return form
}

/** All three roles, in the fixed order chief / technical / operations. */
export function toAccountableRequest(model: AccountableFormModel): AccountablePeopleRequest {
  return {
    people: ACCOUNTABLE_ROLES.map((role) => ({
      role,
      userId: model[role].userId,
      post: model[role].post.trim(),
      phone: model[role].phone.trim()
    }))
  }
}

/** Form fields of the accountability dialog, e.g. `CHIEF.userId`. */
export type AccountableField = `${AccountableRole}.${'userId' | 'post' | 'phone'}`

export const ACCOUNTABLE_FIELDS: readonly AccountableField[] = ACCOUNTABLE_ROLES.flatMap((role) =>
  (['userId', 'post', 'phone'] as const).map((field): AccountableField => `${role}.${field}`)
)

/** Server paths `people[0].post` → `CHIEF.post` (the request lists the roles in order). */
export function accountableServerAliases(): Partial<Record<string, AccountableField>> {
  const aliases: Partial<Record<string, AccountableField>> = {}
  ACCOUNTABLE_ROLES.forEach((role, index) => {
    for (const field of ['userId', 'post', 'phone'] as const) aliases[`people[${index}].${field}`] = `${role}.${field}`
    aliases[`people[${index}]`] = `${role}.userId`
    aliases[`people[${index}].role`] = `${role}.userId`
  })
  return aliases
}

/** Users that may be named: those of the source's enterprise (a platform user's search sees everyone). */
export function userOptions(users: readonly User[], enterpriseId: string): UserOption[] {
  return users
    .filter((user) => user.enabled && user.scope.kind === 'ENTERPRISE' && user.scope.enterpriseId === enterpriseId)
    .map((user) => ({ id: user.id, displayName: user.displayName, username: user.username, phone: user.phone ?? null }))
}

const PHONE_PATTERN = /^[0-9+\-() ]{5,32}$/

/* ---------------- page ---------------- */

export function useSourceDetail(sourceId: Ref<string>) {
  const detail = shallowRef<SourceDetail | null>(null)
  const loading = ref(false)
  const notFound = ref(false)

  const result = computed(() => detail.value?.assessment.result ?? null)
  const calculation = computed(() => (result.value ? calculationView(result.value, detail.value?.assessment.exposedPeople ?? null) : null))

  async function load(): Promise<void> {
    loading.value = true
    notFound.value = false
    try {
      detail.value = await getMajorHazardSource(sourceId.value)
    } catch (error: unknown) {
      notFound.value = isProblemError(error) && error.status === 404
    } finally {
      loading.value = false
    }
  }

  return { detail, loading, notFound, result, calculation, load }
}

/* ---------------- accountability dialog ---------------- */

export function useAccountableForm(
  props: { visible: boolean; source: SourceDetail | null },
  dialog: Readonly<Ref<FormDialogInstance | null>>,
  onClose: () => void,
  onSaved: (detail: SourceDetail) => void
) {
  const { t } = useI18n()
  const model = reactive<AccountableFormModel>({ CHIEF: emptyPerson(), TECHNICAL: emptyPerson(), OPERATIONS: emptyPerson() })
  const options = shallowRef<UserOption[]>([])
  const optionsLoading = ref(false)

  const rules = computed<FormRules>(() => {
    const rules: FormRules = {}
    for (const role of ACCOUNTABLE_ROLES) {
      rules[`${role}.userId`] = [{ required: true, message: t('majorHazard.accountable.rule.user'), trigger: 'change' }]
      rules[`${role}.post`] = [
        { required: true, whitespace: true, message: t('majorHazard.accountable.rule.post'), trigger: 'blur' },
        { max: 64, message: t('validation.maxLength', { max: 64 }), trigger: 'blur' }
      ]
      rules[`${role}.phone`] = [
        { required: true, whitespace: true, message: t('majorHazard.accountable.rule.phone'), trigger: 'blur' },
        { pattern: PHONE_PATTERN, message: t('majorHazard.accountable.rule.phonePattern'), trigger: 'blur' }
      ]
    }
    return rules
  })

  /** Options plus the people already named (so that their names show before a search). */
  const choices = computed<UserOption[]>(() => {
    const named = ACCOUNTABLE_ROLES.map((role) => model[role])
      .filter((person) => person.userId && !options.value.some((option) => option.id === person.userId))
      .map((person) => ({ id: person.userId, displayName: person.displayName, username: '', phone: person.phone || null }))
    const unique = new Map<string, UserOption>()
    for (const option of [...named, ...options.value]) unique.set(option.id, option)
    return [...unique.values()]
  })

  async function searchUsers(query: string): Promise<void> {
    const source = props.source
    if (!source) return
    optionsLoading.value = true
    try {
      const page = await listUsers({ q: query, page: 0, size: 50 })
      options.value = userOptions(page.content, source.enterpriseId)
    } catch {
      options.value = []
    } finally {
      optionsLoading.value = false
    }
  }

  /** Picking a user fills the phone from their account when it is still empty. */
  function pick(role: AccountableRole, userId: string): void {
    const option = choices.value.find((candidate) => candidate.id === userId)
    model[role].userId = userId
    model[role].displayName = option?.displayName ?? ''
    if (option?.phone && model[role].phone.trim() === '') model[role].phone = option.phone
  }

  const form = useFormDialog({
    visible: () => props.visible,
    dialog,
    model,
    reset: () => (props.source ? accountableToForm(props.source.accountablePeople) : null),
    opened: () => void searchUsers(''),
    fields: ACCOUNTABLE_FIELDS,
    aliases: accountableServerAliases(),
    save: () => (props.source ? saveAccountablePeople(props.source.id, toAccountableRequest(model)) : null),
    success: () => t('majorHazard.accountable.message.saved'),
    onSaved,
    onClose
  })

  return {
    model,
    rules,
    serverErrors: form.serverErrors,
    choices,
    optionsLoading,
    searchUsers,
    pick,
    submitting: form.submitting,
    submit: form.submit
  }
}
