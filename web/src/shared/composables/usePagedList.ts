import { ref, shallowRef, type Ref, type ShallowRef } from 'vue'
import type { Page, PageQuery } from '@/shared/api/types/common'

export const DEFAULT_PAGE_SIZE = 20
export const PAGE_SIZES = [10, 20, 50, 100]

export interface PagedList<T> {
  rows: ShallowRef<T[]>
  total: Ref<number>
  /** 1-based, as shown by el-pagination. */
  currentPage: Ref<number>
  pageSize: Ref<number>
  loading: Ref<boolean>
  /** True when the last load failed (the http wrapper has shown why). */
  failed: Ref<boolean>
  /** Loads the current page. */
  load: () => Promise<void>
  /** Back to page 1 and load (after a filter change). */
  search: () => Promise<void>
  onPageChange: (page: number) => Promise<void>
  onSizeChange: (size: number) => Promise<void>
}

/**
 * State of a server-paged table. `fetcher` receives the 0-based page and size and
 * returns a {@link Page}; filters are read by the fetcher from the caller's own state.
 */
export function usePagedList<T>(fetcher: (paging: Required<PageQuery>) => Promise<Page<T>>, initialSize = DEFAULT_PAGE_SIZE): PagedList<T> {
  const rows = shallowRef<T[]>([])
  const total = ref(0)
  const currentPage = ref(1)
  const pageSize = ref(initialSize)
  const loading = ref(false)
  const failed = ref(false)
  let ticket = 0

  async function load(): Promise<void> {
    const mine = ++ticket
    loading.value = true
    try {
      const page = await fetcher({ page: currentPage.value - 1, size: pageSize.value })
      if (mine !== ticket) return
      failed.value = false
      rows.value = page.content
      total.value = page.totalElements
      // The server may clamp an out-of-range page; go back to the last page that exists.
      if (page.content.length === 0 && page.totalElements > 0 && currentPage.value > 1) {
        currentPage.value = Math.max(1, page.totalPages)
        await load()
      }
    } catch {
      if (mine === ticket) {
        rows.value = []
        failed.value = true
      }
    } finally {
      if (mine === ticket) loading.value = false
    }
  }

  async function search(): Promise<void> {
    currentPage.value = 1
    await load()
  }

  async function onPageChange(page: number): Promise<void> {
    currentPage.value = page
    await load()
  }

  async function onSizeChange(size: number): Promise<void> {
    pageSize.value = size
    currentPage.value = 1
    await load()
  }

  return { rows, total, currentPage, pageSize, loading, failed, load, search, onPageChange, onSizeChange }
}
