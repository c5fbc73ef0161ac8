import { computed, ref, shallowRef } from 'vue'
import { listSourcesByEnterprise } from '@/modules/majorhazard/api/majorHazards'
import type { EnterpriseSourceCounts } from '@/modules/majorhazard/api/types/majorHazard'

/** All sources of an enterprise (levelled or not). */
export function totalSources(counts: EnterpriseSourceCounts): number {
  return counts.level1 + counts.level2 + counts.level3 + counts.level4 + counts.unleveled
}

/** Most severe first: by level 1 count, then level 2, level 3, level 4, then the total, then the name. */
export function compareBySeverity(a: EnterpriseSourceCounts, b: EnterpriseSourceCounts): number {
  return (
    b.level1 - a.level1 ||
    b.level2 - a.level2 ||
    b.level3 - a.level3 ||
    b.level4 - a.level4 ||
    totalSources(b) - totalSources(a) ||
    a.enterpriseName.localeCompare(b.enterpriseName, 'zh-CN')
  )
}

export interface DistributionTotals {
  enterprises: number
  level1: number
  level2: number
  level3: number
  level4: number
  unleveled: number
  incompleteAccountable: number
  total: number
}

export function sumCounts(rows: readonly EnterpriseSourceCounts[]): DistributionTotals {
  return rows.reduce<DistributionTotals>(
    (sum, row) => ({
      enterprises: sum.enterprises + 1,
      level1: sum.level1 + row.level1,
      level2: sum.level2 + row.level2,
      level3: sum.level3 + row.level3,
      level4: sum.level4 + row.level4,
      unleveled: sum.unleveled + row.unleveled,
      incompleteAccountable: sum.incompleteAccountable + row.incompleteAccountable,
      total: sum.total + totalSources(row)
    }),
    { enterprises: 0, level1: 0, level2: 0, level3: 0, level4: 0, unleveled: 0, incompleteAccountable: 0, total: 0 }
  )
}

/** Enterprises in the caller's scope with their sources counted by level (GET …/by-enterprise). */
export function useSourceDistribution() {
  const rows = shallowRef<EnterpriseSourceCounts[]>([])
  const loading = ref(false)
  const failed = ref(false)
  const sorted = computed(() => [...rows.value].sort(compareBySeverity))
  const totals = computed(() => sumCounts(rows.value))
  const located = computed(() => rows.value.filter((row) => row.longitude !== null && row.latitude !== null))

  async function load(): Promise<void> {
    loading.value = true
    failed.value = false
    try {
      rows.value = await listSourcesByEnterprise()
    } catch {
      rows.value = []
      failed.value = true
    } finally {
      loading.value = false
    }
  }

  return { rows, sorted, totals, located, loading, failed, load }
}
