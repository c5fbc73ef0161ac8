import { reactive } from 'vue'
import type { Page, PageQuery } from '@/shared/api/types/common'
import { DEFAULT_PAGE_SIZE, usePagedList, type PagedList } from './usePagedList'

/** A list page's state: its filter, the paged rows, and reset. */
export interface ListPage<T, F extends object = object> extends PagedList<T> {
  /** The filter the fetcher reads (bind its fields in the toolbar). */
  filter: F
  /** Filter back to its initial values, page 1, load. */
  resetFilter: () => Promise<void>
}

/**
 * The query, paging, loading and error state of a list page. `initial` gives the filter's values (also used by
 * reset, except the `keep` fields such as the current tab); `fetch` turns paging and filter into the request.
 */
export function useListPage<T, F extends object>(
  initial: () => F,
  fetch: (paging: Required<PageQuery>, filter: F) => Promise<Page<T>>,
  { size = DEFAULT_PAGE_SIZE, keep = [] }: { size?: number; keep?: readonly (keyof F)[] } = {}
): ListPage<T, F> {
  const filter = reactive(initial()) as F
  const list = usePagedList<T>((paging) => fetch(paging, filter), size)

  async function resetFilter(): Promise<void> {
    const fresh = initial()
    for (const key of keep) fresh[key] = filter[key]
    Object.assign(filter, fresh)
    await list.search()
  }

  return { filter, ...list, resetFilter }
}
