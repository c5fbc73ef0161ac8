import { computed, ref, shallowRef } from 'vue'
import { getMajorHazardSource, listMajorHazardSources } from '@/modules/majorhazard/api/majorHazards'
import type { AccountablePerson, SourceSummary } from '@/modules/majorhazard/api/types/majorHazard'
import { useListPage } from '@/shared/composables/useListPage'
import { useUserStore } from '@/shared/stores/user'
import { toSourceQuery } from '@/modules/majorhazard/pages/list/utils/hook'
import type { SourceFilter } from '@/modules/majorhazard/pages/list/utils/types'

/** Cards per page of the board (each card loads its source's people). */
export const BOARD_PAGE_SIZE = 12

/** Runs `task` over the items with at most `limit` at a time. */
export async function mapLimited<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length)
  let next = 0
  async function worker(): Promise<void> {
    while (next < items.length) {
      const index = next++
      const item = items[index] as T
      results[index] = await task(item)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, () => worker()))
  return results
}

/** Accountability board: every source in scope with its three accountable people. */
export function useAccountabilityBoard() {
  const user = useUserStore()
  const people = shallowRef<Record<string, AccountablePerson[]>>({})
  const peopleLoading = ref(false)
  const showEnterprise = computed(() => user.spansEnterprises)
  let ticket = 0

  async function loadPeople(sources: readonly SourceSummary[]): Promise<void> {
    const mine = ++ticket
    peopleLoading.value = true
    const found = await mapLimited(sources, 4, async (source) => {
      try {
        return [source.id, (await getMajorHazardSource(source.id)).accountablePeople] as const
      } catch {
        return [source.id, [] as AccountablePerson[]] as const
      }
    })
    if (mine !== ticket) return
    people.value = Object.fromEntries(found)
    peopleLoading.value = false
  }

  const list = useListPage<SourceSummary, SourceFilter>(
    () => ({ q: '', level: '', enterpriseId: '' }),
    async (paging, filter) => {
      const page = await listMajorHazardSources({ ...paging, ...toSourceQuery(filter) })
      void loadPeople(page.content)
      return page
    },
    { size: BOARD_PAGE_SIZE }
  )

  return { ...list, people, peopleLoading, showEnterprise }
}
