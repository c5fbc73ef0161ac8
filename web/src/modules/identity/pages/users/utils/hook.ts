import { computed, reactive, ref, shallowRef, watch, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { useFormDialog, type FormDialogInstance } from '@/shared/composables/useFormDialog'
import { createUser, listUsers, resetUserPassword, unlockUser, updateUser } from '@/modules/identity/api/users'
import { listRoles } from '@/modules/identity/api/roles'
import { listRegions } from '@/modules/enterprise/api/regions'
import { listEnterprises } from '@/modules/enterprise/api/enterprises'
import type { ScopeKind } from '@/shared/api/types/auth'
import type { Region } from '@/modules/enterprise/api/types/region'
import type { Role } from '@/modules/identity/api/types/role'
import type { CreateUserRequest, UpdateUserRequest, User } from '@/modules/identity/api/types/user'
import { useListPage } from '@/shared/composables/useListPage'
import { useFormat } from '@/shared/composables/useFormat'
import { useUserStore } from '@/shared/stores/user'
import { confirmAndRun } from '@/shared/utils/actions'
import { resetPasswordRules, userFormRules } from './rule'
import {
  USER_FORM_FIELDS,
  type EnterpriseOption,
  type ResetPasswordField,
  type ResetPasswordModel,
  type UserFormMode,
  type UserFormModel
} from './types'

type DialogRef = Readonly<Ref<FormDialogInstance | null>>

/* ---------------- pure helpers (unit-tested) ---------------- */

/**
 * Scope kinds a user of the given scope kind may create:
 * platform → any; region → region (own subtree) or enterprise (in subtree); enterprise → own enterprise only.
 */
export function creatableScopeKinds(kind: ScopeKind | null): ScopeKind[] {
  switch (kind) {
    case 'PLATFORM':
      return ['PLATFORM', 'REGION', 'ENTERPRISE']
    case 'REGION':
      return ['REGION', 'ENTERPRISE']
    case 'ENTERPRISE':
      return ['ENTERPRISE']
    default:
      return []
  }
}

/** Roles that can be given to a user of the given scope kind. */
export function rolesForScope(roles: readonly Role[], kind: ScopeKind): Role[] {
  return roles.filter((role) => role.scopeKind === kind)
}

/** True while `lockedUntil` lies in the future. */
export function isLocked(user: Pick<User, 'lockedUntil'>, now: Date = new Date()): boolean {
  if (!user.lockedUntil) return false
  const until = new Date(user.lockedUntil)
  return !Number.isNaN(until.getTime()) && until.getTime() > now.getTime()
}

export function emptyUserForm(kind: ScopeKind): UserFormModel {
  return {
    username: '',
    displayName: '',
    phone: '',
    email: '',
    password: '',
    roleCodes: [],
    scopeKind: kind,
    regionCode: '',
    enterpriseId: '',
    enabled: true
  }
}

export function toCreateRequest(model: UserFormModel): CreateUserRequest {
  const phone = model.phone.trim()
  const email = model.email.trim()
  const request: CreateUserRequest = {
    username: model.username.trim(),
    displayName: model.displayName.trim(),
    password: model.password,
    roleCodes: [...model.roleCodes],
    scope: { kind: model.scopeKind }
  }
  if (phone) request.phone = phone
  if (email) request.email = email
  if (model.scopeKind === 'REGION') request.scope.regionCode = model.regionCode
  if (model.scopeKind === 'ENTERPRISE') request.scope.enterpriseId = model.enterpriseId
  return request
}

export function toUpdateRequest(model: Pick<UserFormModel, 'displayName' | 'phone' | 'email' | 'roleCodes' | 'enabled'>): UpdateUserRequest {
  const phone = model.phone.trim()
  const email = model.email.trim()
  const request: UpdateUserRequest = {
    displayName: model.displayName.trim(),
    roleCodes: [...model.roleCodes],
    enabled: model.enabled
  }
  if (phone) request.phone = phone
  if (email) request.email = email
  return request
}

/* ---------------- list page ---------------- */

export function useUserList() {
  const { t } = useI18n()
  const list = useListPage<User, { q: string }>(
    () => ({ q: '' }),
    (paging, filter) => listUsers({ ...paging, q: filter.q })
  )

  const formVisible = ref(false)
  const formMode = ref<UserFormMode>('create')
  const formUser = shallowRef<User | null>(null)
  const passwordVisible = ref(false)
  const passwordUser = shallowRef<User | null>(null)

  function openCreate(): void {
    formMode.value = 'create'
    formUser.value = null
    formVisible.value = true
  }

  function openEdit(user: User): void {
    formMode.value = 'edit'
    formUser.value = user
    formVisible.value = true
  }

  function openResetPassword(user: User): void {
    passwordUser.value = user
    passwordVisible.value = true
  }

  async function unlock(user: User): Promise<void> {
    await confirmAndRun(
      { message: t('user.confirm.unlock', { name: user.displayName }), title: t('user.action.unlock') },
      () => unlockUser(user.id),
      {
        success: t('user.message.unlocked'),
        after: list.load
      }
    )
  }

  async function toggleEnabled(user: User): Promise<void> {
    const enable = !user.enabled
    await confirmAndRun(
      {
        message: enable ? t('user.confirm.enable', { name: user.displayName }) : t('user.confirm.disable', { name: user.displayName }),
        title: enable ? t('user.action.enable') : t('user.action.disable')
      },
      () =>
        updateUser(
          user.id,
          toUpdateRequest({
            displayName: user.displayName,
            phone: user.phone ?? '',
            email: user.email ?? '',
            roleCodes: user.roles.map((role) => role.code),
            enabled: enable
          })
        ),
      { success: enable ? t('user.message.enabled') : t('user.message.disabled'), after: list.load }
    )
  }

  return {
    list,
    formVisible,
    formMode,
    formUser,
    passwordVisible,
    passwordUser,
    openCreate,
    openEdit,
    openResetPassword,
    unlock,
    toggleEnabled
  }
}

/* ---------------- create / edit dialog ---------------- */

export interface UserFormProps {
  visible: boolean
  mode: UserFormMode
  user: User | null
}

export function useUserForm(props: UserFormProps, dialog: DialogRef, onClose: () => void, onSaved: (user: User) => void) {
  const { t } = useI18n()
  const { roleName, scopeText } = useFormat()
  const currentUser = useUserStore()

  const scopeKinds = computed(() => creatableScopeKinds(currentUser.scopeKind))
  const model = reactive<UserFormModel>(emptyUserForm(scopeKinds.value[0] ?? 'ENTERPRISE'))
  const rules = computed(() => userFormRules(t, props.mode, model))

  const roles = shallowRef<Role[]>([])
  const regions = shallowRef<Region[]>([])
  const enterprises = shallowRef<EnterpriseOption[]>([])
  const enterprisesLoading = ref(false)

  /** Enterprise users can only create users of their own enterprise. */
  const enterpriseFixed = computed(() => !currentUser.spansEnterprises)
  const fixedEnterpriseName = computed(() => currentUser.scope?.enterpriseName ?? '')
  const editingScopeText = computed(() => (props.user ? scopeText(props.user.scope) : ''))
  const effectiveScopeKind = computed<ScopeKind>(() => (props.mode === 'edit' && props.user ? props.user.scope.kind : model.scopeKind))
  const roleOptions = computed(() =>
    rolesForScope(roles.value, effectiveScopeKind.value).map((role) => ({ value: role.code, label: roleName(role) }))
  )
  const title = computed(() => (props.mode === 'create' ? t('user.dialog.create') : t('user.dialog.edit')))

  async function loadOptions(): Promise<void> {
    try {
      roles.value = await listRoles()
    } catch {
      roles.value = []
    }
    if (props.mode === 'create' && scopeKinds.value.includes('REGION')) {
      try {
        regions.value = await listRegions()
      } catch {
        regions.value = []
      }
    }
  }

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

  function fresh(): UserFormModel {
    const user = props.user
    if (props.mode === 'edit' && user) {
      return {
        ...emptyUserForm(user.scope.kind),
        username: user.username,
        displayName: user.displayName,
        phone: user.phone ?? '',
        email: user.email ?? '',
        roleCodes: user.roles.map((role) => role.code),
        regionCode: user.scope.regionCode ?? '',
        enterpriseId: user.scope.enterpriseId ?? '',
        enabled: user.enabled
      }
    }
    const created = emptyUserForm(scopeKinds.value[0] ?? 'ENTERPRISE')
    if (enterpriseFixed.value) created.enterpriseId = currentUser.scope?.enterpriseId ?? ''
    return created
  }

  const form = useFormDialog({
    visible: () => props.visible,
    dialog,
    model,
    reset: fresh,
    opened: () => {
      void loadOptions()
      if (props.mode === 'create' && !enterpriseFixed.value && scopeKinds.value.includes('ENTERPRISE')) void searchEnterprises('')
    },
    fields: USER_FORM_FIELDS,
    aliases: {
      'scope.kind': 'scopeKind',
      'scope.regionCode': 'regionCode',
      'scope.enterpriseId': 'enterpriseId',
      scope: 'scopeKind',
      newPassword: 'password'
    },
    save: () => (props.mode === 'create' || !props.user ? createUser(toCreateRequest(model)) : updateUser(props.user.id, toUpdateRequest(model))),
    success: () => (props.mode === 'create' ? t('user.message.created') : t('user.message.updated')),
    onSaved,
    onClose
  })

  // Changing the scope kind drops roles and scope targets that no longer fit.
  watch(
    () => model.scopeKind,
    (kind, previous) => {
      if (props.mode !== 'create' || kind === previous) return
      const allowed = new Set(rolesForScope(roles.value, kind).map((role) => role.code))
      model.roleCodes = model.roleCodes.filter((code) => allowed.has(code))
      if (kind !== 'REGION') model.regionCode = ''
      if (kind !== 'ENTERPRISE' && !enterpriseFixed.value) model.enterpriseId = ''
      form.form.value?.clearValidate(['roleCodes', 'regionCode', 'enterpriseId'])
    }
  )

  return {
    model,
    rules,
    serverErrors: form.serverErrors,
    scopeKinds,
    roleOptions,
    regions,
    enterprises,
    enterprisesLoading,
    searchEnterprises,
    enterpriseFixed,
    fixedEnterpriseName,
    editingScopeText,
    submitting: form.submitting,
    title,
    submit: form.submit
  }
}

/* ---------------- reset password dialog ---------------- */

export function useResetPassword(props: { visible: boolean; user: User | null }, dialog: DialogRef, onClose: () => void) {
  const { t } = useI18n()
  const model = reactive<ResetPasswordModel>({ newPassword: '', confirmPassword: '' })
  const rules = computed(() => resetPasswordRules(t, model))
  const form = useFormDialog({
    visible: () => props.visible,
    dialog,
    model,
    reset: (): ResetPasswordModel => ({ newPassword: '', confirmPassword: '' }),
    fields: ['newPassword', 'confirmPassword'] satisfies ResetPasswordField[],
    save: () => (props.user ? resetUserPassword(props.user.id, { newPassword: model.newPassword }) : null),
    success: () => t('user.message.passwordReset'),
    onSaved: () => undefined,
    onClose
  })
  return { model, rules, serverErrors: form.serverErrors, submitting: form.submitting, submit: form.submit }
}
