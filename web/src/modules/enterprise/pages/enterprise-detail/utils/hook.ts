import { ref, shallowRef, type Ref } from 'vue'
import { getEnterpriseProfile } from '@/modules/enterprise/api/enterpriseProfile'
import { listMajorHazardSources } from '@/modules/majorhazard/api/majorHazards'
import { listUnits } from '@/modules/enterprise/api/units'
import type { EnterpriseProfile } from '@/modules/enterprise/api/types/enterpriseProfile'
import type { SourceSummary } from '@/modules/majorhazard/api/types/majorHazard'
import type { HazardUnit } from '@/modules/enterprise/api/types/unit'
import { usePagedList } from '@/shared/composables/usePagedList'
import { isProblemError } from '@/shared/http'

export type EnterpriseDetailTab = 'profile' | 'units' | 'sources'

/** One enterprise, read-only, for supervisors: its profile, its units and its major hazard sources. */
export function useEnterpriseDetail(enterpriseId: Ref<string>) {
  const profile = shallowRef<EnterpriseProfile | null>(null)
  const loading = ref(false)
  const notFound = ref(false)
  const tab = ref<EnterpriseDetailTab>('profile')
  const units = usePagedList<HazardUnit>((paging) => listUnits({ ...paging, enterpriseId: enterpriseId.value }))
  const sources = usePagedList<SourceSummary>((paging) => listMajorHazardSources({ ...paging, enterpriseId: enterpriseId.value }))
  const loaded = new Set<EnterpriseDetailTab>()

  async function load(): Promise<void> {
    loading.value = true
    notFound.value = false
    try {
      profile.value = await getEnterpriseProfile(enterpriseId.value)
    } catch (error: unknown) {
      notFound.value = isProblemError(error) && error.status === 404
    } finally {
      loading.value = false
    }
  }

  /** Loads a tab's list the first time it is shown. */
  async function show(next: EnterpriseDetailTab): Promise<void> {
    tab.value = next
    if (loaded.has(next)) return
    loaded.add(next)
    if (next === 'units') await units.search()
    if (next === 'sources') await sources.search()
  }

  return { profile, loading, notFound, tab, units, sources, load, show }
}
