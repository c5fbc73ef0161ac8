import { ref, shallowRef } from 'vue'
import { listEnterprises } from '@/modules/enterprise/api/enterprises'
import { listRegions } from '@/modules/enterprise/api/regions'
import type { Enterprise } from '@/modules/enterprise/api/types/enterprise'
import type { Region } from '@/modules/enterprise/api/types/region'
import { useListPage } from '@/shared/composables/useListPage'
import type { EnterpriseFilter } from './types'

/** Searchable, paged enterprise list (used by the enterprise page and the supervisor home). */
export function useEnterpriseList() {
  return useListPage<Enterprise, EnterpriseFilter>(
    () => ({ q: '', regionCode: '' }),
    (paging, filter) => listEnterprises({ ...paging, q: filter.q, regionCode: filter.regionCode || undefined })
  )
}

/** Region tree of the caller's scope (GET /api/v1/regions). */
export function useRegionTree() {
  const regions = shallowRef<Region[]>([])
  const loading = ref(false)

  async function loadRegions(): Promise<void> {
    loading.value = true
    try {
      regions.value = await listRegions()
    } catch {
      regions.value = []
    } finally {
      loading.value = false
    }
  }

  return { regions, loading, loadRegions }
}

/** Codes of the first `depth` levels of a region tree (default expanded nodes). */
export function topRegionCodes(regions: readonly Region[], depth = 1): string[] {
  if (depth <= 0) return []
  return regions.flatMap((region) => [region.code, ...topRegionCodes(region.children, depth - 1)])
}

/** Finds a region by code anywhere in the tree. */
export function findRegion(regions: readonly Region[], code: string): Region | null {
  for (const region of regions) {
    if (region.code === code) return region
    const found = findRegion(region.children, code)
    if (found) return found
  }
  return null
}
