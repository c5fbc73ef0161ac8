import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import * as authApi from '@/shared/api/auth'
import type { PermissionCode } from '@/shared/api/schemas'
import type { CurrentUser, LoginRequest, Scope, ScopeKind } from '@/shared/api/types/auth'
import { ensureCsrf, isProblemError } from '@/shared/http'

/**
 * True when `permissions` satisfies `required`: a single code must be held;
 * for a list, an empty list means "any signed-in user", otherwise one of the codes suffices.
 */
export function permits(permissions: ReadonlySet<string>, required: PermissionCode | readonly PermissionCode[] | undefined): boolean {
  if (required === undefined) return true
  if (typeof required === 'string') return permissions.has(required)
  if (required.length === 0) return true
  return required.some((code) => permissions.has(code))
}

/** The signed-in user, their permissions and scope. */
export const useUserStore = defineStore('user', () => {
  const current = ref<CurrentUser | null>(null)
  /** True once `/auth/me` has been asked at least once. */
  const loaded = ref(false)
  let pending: Promise<CurrentUser | null> | null = null

  const isLoggedIn = computed(() => current.value !== null)
  const permissions = computed<ReadonlySet<string>>(() => new Set(current.value?.permissions ?? []))
  const scope = computed<Scope | null>(() => current.value?.scope ?? null)
  const scopeKind = computed<ScopeKind | null>(() => current.value?.scope.kind ?? null)
  /**
   * True when the user's scope covers several enterprises (platform and region users): pages then show the
   * enterprise column and filter, and creating something asks which enterprise it belongs to. This decides what
   * is shown, never what the user may do (that is `hasPerm`).
   */
  const spansEnterprises = computed(() => current.value !== null && current.value.scope.kind !== 'ENTERPRISE')
  const roleCodes = computed(() => current.value?.roles.map((role) => role.code) ?? [])

  function hasPerm(required: PermissionCode | readonly PermissionCode[] | undefined): boolean {
    return isLoggedIn.value && permits(permissions.value, required)
  }

  function setUser(user: CurrentUser | null): void {
    current.value = user
    loaded.value = true
  }

  /** GET /auth/me once (or again with `force`); a 401 simply means "not signed in". */
  async function fetchMe(force = false): Promise<CurrentUser | null> {
    if (loaded.value && !force) return current.value
    if (!pending) {
      pending = authApi
        .getMe()
        .then((user) => {
          setUser(user)
          return user
        })
        .catch((error: unknown) => {
          if (isProblemError(error) && (error.status === 401 || error.status === 403)) {
            setUser(null)
            return null
          }
          loaded.value = false
          throw error
        })
        .finally(() => {
          pending = null
        })
    }
    return pending
  }

  async function login(request: LoginRequest): Promise<CurrentUser> {
    await ensureCsrf()
    const user = await authApi.login(request)
    setUser(user)
    // Spring Security rotates the CSRF token on authentication.
    await ensureCsrf(true)
    return user
  }

  async function logout(): Promise<void> {
    try {
      await authApi.logout()
    } catch {
      /* the session is gone either way */
    } finally {
      setUser(null)
      await ensureCsrf(true)
    }
  }

  /** Forget the user locally (e.g. after a 401 from the server). */
  function clear(): void {
    setUser(null)
  }

  return {
    current,
    loaded,
    isLoggedIn,
    permissions,
    scope,
    scopeKind,
    spansEnterprises,
    roleCodes,
    hasPerm,
    setUser,
    fetchMe,
    login,
    logout,
    clear
  }
})
