import { computed, reactive, ref, shallowRef, watch } from 'vue'
import { useI18n } from 'vue-i18n'
import { ElMessage, ElMessageBox } from 'element-plus'
import { validateForm, type FormRef } from '@/shared/composables/useFormRef'
import { createUser, listUsers, resetUserPassword, unlockUser, updateUser } from '@/modules/identity/api/users'
import { listRoles } from '@/modules/identity/api/roles'
import { listRegions } from '@/modules/enterprise/api/regions'
import { listEnterprises } from '@/modules/enterprise/api/enterprises'
import type { ScopeKind } from '@/shared/api/types/auth'
import type { Region } from '@/modules/enterprise/api/types/region'
import type { Role } from '@/modules/identity/api/types/role'
import type { CreateUserRequest, UpdateUserRequest, User } from '@/modules/identity/api/types/user'
import { usePagedList } from '@/shared/composables/usePagedList'
import { useServerErrors } from '@/shared/composables/useServerErrors'
import { useFormat } from '@/shared/composables/useFormat'
import { useUserStore } from '@/shared/stores/user'
import { resetPasswordRules, userFormRules } from './rule'
import {
  USER_FORM_FIELDS,
  type EnterpriseOption,
  type ResetPasswordField,
  type ResetPasswordModel,
  type UserFormMode,
  type UserFormModel
} from './types'

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
  const request: CreateUserRequest = {
    username: model.username.trim(),
    displayName: model.displayName.trim(),
    password: model.password,
    roleCodes: [...model.roleCodes],
    scope: { kind: model.scopeKind }
  }
  if (phone) request.phone = phone
  if (model.scopeKind === 'REGION') request.scope.regionCode = model.regionCode
  if (model.scopeKind === 'ENTERPRISE') request.scope.enterpriseId = model.enterpriseId
  return request
}

export function toUpdateRequest(model: Pick<UserFormModel, 'displayName' | 'phone' | 'roleCodes' | 'enabled'>): UpdateUserRequest {
  const phone = model.phone.trim()
  const request: UpdateUserRequest = {
    displayName: model.displayName.trim(),
    roleCodes: [...model.roleCodes],
    enabled: model.enabled
  }
  if (phone) request.phone = phone
  return request
}

/* ---------------- list page ---------------- */

export function useUserList() {
  const { t } = useI18n()
  const filter = reactive({ q: '' })
  const list = usePagedList<User>((paging) => listUsers({ ...paging, q: filter.q }))

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

  async function confirm(message: string, title: string): Promise<boolean> {
    try {
      await ElMessageBox.confirm(message, title, {
        type: 'warning',
        confirmButtonText: t('common.confirm'),
        cancelButtonText: t('common.cancel')
      })
      return true
    } catch {
      return false
    }
  }

  async function unlock(user: User): Promise<void> {
    if (!(await confirm(t('user.confirm.unlock', { name: user.displayName }), t('user.action.unlock')))) return
    try {
      await unlockUser(user.id)
      ElMessage.success(t('user.message.unlocked'))
      await list.load()
    } catch {
      /* message shown by the http wrapper */
    }
  }

  async function toggleEnabled(user: User): Promise<void> {
    const enable = !user.enabled
    const message = enable ? t('user.confirm.enable', { name: user.displayName }) : t('user.confirm.disable', { name: user.displayName })
    if (!(await confirm(message, enable ? t('user.action.enable') : t('user.action.disable')))) return
    try {
      await updateUser(
        user.id,
        toUpdateRequest({
          displayName: user.displayName,
          phone: user.phone ?? '',
          roleCodes: user.roles.map((role) => role.code),
          enabled: enable
        })
      )
      ElMessage.success(enable ? t('user.message.enabled') : t('user.message.disabled'))
      await list.load()
    } catch {
      /* message shown by the http wrapper */
    }
  }

  async function resetFilter(): Promise<void> {
    filter.q = ''
    await list.search()
  }

  return {
    filter,
    ...list,
    resetFilter,
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

export function useUserForm(props: UserFormProps, formRef: FormRef, onClose: () => void, onSaved: (user: User) => void) {
  const { t } = useI18n()
  const { roleName, scopeText } = useFormat()
  const currentUser = useUserStore()

  const scopeKinds = computed(() => creatableScopeKinds(currentUser.scopeKind))
  const model = reactive<UserFormModel>(emptyUserForm(scopeKinds.value[0] ?? 'ENTERPRISE'))
  const rules = computed(() => userFormRules(t, props.mode, model))
  const server = useServerErrors(USER_FORM_FIELDS, {
    'scope.kind': 'scopeKind',
    'scope.regionCode': 'regionCode',
    'scope.enterpriseId': 'enterpriseId',
    scope: 'scopeKind',
    newPassword: 'password'
  })

  const roles = shallowRef<Role[]>([])
  const regions = shallowRef<Region[]>([])
  const enterprises = shallowRef<EnterpriseOption[]>([])
  const enterprisesLoading = ref(false)
  const submitting = ref(false)

  /** Enterprise users can only create users of their own enterprise. */
  const enterpriseFixed = computed(() => currentUser.scopeKind === 'ENTERPRISE')
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

  function reset(): void {
    server.clear()
    const user = props.user
    if (props.mode === 'edit' && user) {
      Object.assign(model, {
        ...emptyUserForm(user.scope.kind),
        username: user.username,
        displayName: user.displayName,
        phone: user.phone ?? '',
        roleCodes: user.roles.map((role) => role.code),
        regionCode: user.scope.regionCode ?? '',
        enterpriseId: user.scope.enterpriseId ?? '',
        enabled: user.enabled
      })
    } else {
      Object.assign(model, emptyUserForm(scopeKinds.value[0] ?? 'ENTERPRISE'))
      if (enterpriseFixed.value) model.enterpriseId = currentUser.scope?.enterpriseId ?? ''
    }
    formRef.value?.clearValidate()
  }

  watch(
    () => props.visible,
    (visible) => {
      if (!visible) return
      reset()
      void loadOptions()
      if (props.mode === 'create' && !enterpriseFixed.value && scopeKinds.value.includes('ENTERPRISE')) {
        void searchEnterprises('')
      }
    },
    { immediate: true }
  )

  // Changing the scope kind drops roles and scope targets that no longer fit.
  watch(
    () => model.scopeKind,
    (kind, previous) => {
      if (props.mode !== 'create' || kind === previous) return
      const allowed = new Set(rolesForScope(roles.value, kind).map((role) => role.code))
      model.roleCodes = model.roleCodes.filter((code) => allowed.has(code))
      if (kind !== 'REGION') model.regionCode = ''
      if (kind !== 'ENTERPRISE' && !enterpriseFixed.value) model.enterpriseId = ''
      formRef.value?.clearValidate(['roleCodes', 'regionCode', 'enterpriseId'])
    }
  )

  async function submit(): Promise<void> {
    server.clear()
    if (!(await validateForm(formRef))) return
    submitting.value = true
    try {
      const saved =
        props.mode === 'create' || !props.user
          ? await createUser(toCreateRequest(model))
          : await updateUser(props.user.id, toUpdateRequest(model))
      ElMessage.success(props.mode === 'create' ? t('user.message.created') : t('user.message.updated'))
      onSaved(saved)
      onClose()
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
    scopeKinds,
    roleOptions,
    regions,
    enterprises,
    enterprisesLoading,
    searchEnterprises,
    enterpriseFixed,
    fixedEnterpriseName,
    editingScopeText,
    submitting,
    title,
    submit
  }
}

/* ---------------- reset password dialog ---------------- */

export function useResetPassword(props: { visible: boolean; user: User | null }, formRef: FormRef, onClose: () => void) {
  const { t } = useI18n()
  const model = reactive<ResetPasswordModel>({ newPassword: '', confirmPassword: '' })
  const rules = computed(() => resetPasswordRules(t, model))
  const server = useServerErrors<ResetPasswordField>(['newPassword', 'confirmPassword'])
  const submitting = ref(false)

  watch(
    () => props.visible,
    (visible) => {
      if (!visible) return
      model.newPassword = ''
      model.confirmPassword = ''
      server.clear()
      formRef.value?.clearValidate()
    }
  )

  async function submit(): Promise<void> {
    if (!props.user) return
    server.clear()
    if (!(await validateForm(formRef))) return
    submitting.value = true
    try {
      await resetUserPassword(props.user.id, { newPassword: model.newPassword })
      ElMessage.success(t('user.message.passwordReset'))
      onClose()
    } catch (error: unknown) {
      server.apply(error)
    } finally {
      submitting.value = false
    }
  }

  return { model, rules, serverErrors: server.errors, submitting, submit }
}
