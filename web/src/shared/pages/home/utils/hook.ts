import { computed, reactive, ref, shallowRef } from 'vue'
import { listEnterprises, getEnterprise } from '@/modules/enterprise/api/enterprises'
import { listUsers } from '@/modules/identity/api/users'
import type { Enterprise } from '@/modules/enterprise/api/types/enterprise'
import { appRoutes } from '@/shared/router'
import { buildMenus, flattenMenus, type MenuItem } from '@/shared/router/menu'
import { useUserStore } from '@/shared/stores/user'

/** Menu leaves the user may open, except home itself (quick links). */
export function useQuickLinks() {
  const user = useUserStore()
  return computed<MenuItem[]>(() =>
    flattenMenus(buildMenus(appRoutes, { hasPerm: (required) => user.hasPerm(required), spansEnterprises: user.spansEnterprises })).filter(
      (item) => item.path !== '/'
    )
  )
}

export interface PlatformCounts {
  enterprises: number | null
  users: number | null
}

/** Totals shown on the platform administrator's home (from the paged endpoints' totalElements). */
export function usePlatformHome() {
  const user = useUserStore()
  const counts = reactive<PlatformCounts>({ enterprises: null, users: null })
  const loading = ref(false)

  async function load(): Promise<void> {
    loading.value = true
    const tasks: Promise<void>[] = []
    if (user.hasPerm('enterprise:read')) {
      tasks.push(
        listEnterprises({ page: 0, size: 1 }).then(
          (page) => {
            counts.enterprises = page.totalElements
          },
          () => undefined
        )
      )
    }
    if (user.hasPerm('user:read')) {
      tasks.push(
        listUsers({ page: 0, size: 1 }).then(
          (page) => {
            counts.users = page.totalElements
          },
          () => undefined
        )
      )
    }
    await Promise.all(tasks)
    loading.value = false
  }

  return { counts, loading, load }
}

/** The enterprise of an enterprise-scope user. */
export function useEnterpriseHome() {
  const user = useUserStore()
  const enterprise = shallowRef<Enterprise | null>(null)
  const loading = ref(false)
  const failed = ref(false)

  async function load(): Promise<void> {
    const id = user.scope?.enterpriseId
    if (!id) return
    loading.value = true
    failed.value = false
    try {
      enterprise.value = await getEnterprise(id)
    } catch {
      failed.value = true
    } finally {
      loading.value = false
    }
  }

  return { enterprise, loading, failed, load }
}
