import { describe, expect, it, vi } from 'vitest'
import { usePagedList } from '@/shared/composables/usePagedList'
import { useServerErrors } from '@/shared/composables/useServerErrors'
import { ProblemError } from '@/shared/http'
import type { Page, PageQuery } from '@/shared/api/types/common'

function page<T>(content: T[], pageIndex: number, size: number, totalElements: number): Page<T> {
  return { content, page: pageIndex, size, totalElements, totalPages: Math.ceil(totalElements / size) }
}

describe('usePagedList', () => {
  it('maps the 1-based pager to 0-based server pages', async () => {
    const fetcher = vi.fn(async (paging: Required<PageQuery>) => page(['a', 'b'], paging.page, paging.size, 42))
    const list = usePagedList<string>(fetcher)
    await list.search()
    expect(fetcher).toHaveBeenLastCalledWith({ page: 0, size: 20 })
    expect(list.rows.value).toEqual(['a', 'b'])
    expect(list.total.value).toBe(42)
    await list.onPageChange(3)
    expect(fetcher).toHaveBeenLastCalledWith({ page: 2, size: 20 })
    await list.onSizeChange(50)
    expect(fetcher).toHaveBeenLastCalledWith({ page: 0, size: 50 })
    expect(list.currentPage.value).toBe(1)
    expect(list.loading.value).toBe(false)
  })

  it('steps back when the current page no longer exists', async () => {
    const fetcher = vi.fn(async (paging: Required<PageQuery>) =>
      paging.page >= 2 ? page<string>([], paging.page, paging.size, 30) : page(['x'], paging.page, paging.size, 30)
    )
    const list = usePagedList<string>(fetcher)
    await list.onPageChange(5)
    expect(list.currentPage.value).toBe(2)
    expect(list.rows.value).toEqual(['x'])
  })

  it('empties the table when loading fails', async () => {
    const list = usePagedList<string>(async () => {
      throw new Error('down')
    })
    await list.search()
    expect(list.rows.value).toEqual([])
    expect(list.loading.value).toBe(false)
  })
})

describe('useServerErrors', () => {
  it('maps server field paths onto form fields', () => {
    const server = useServerErrors(['username', 'regionCode'] as const, { 'scope.regionCode': 'regionCode' })
    const error = new ProblemError(
      {
        title: 'Bad Request',
        errors: [
          { field: 'username', code: 'Unique', message: 'taken' },
          { field: 'scope.regionCode', code: 'Outside', message: 'outside your region' },
          { field: 'unknown', code: 'X', message: 'ignored' }
        ]
      },
      400
    )
    expect(server.apply(error)).toBe(true)
    expect(server.errors).toEqual({ username: 'taken', regionCode: 'outside your region' })
    server.clear()
    expect(server.errors).toEqual({})
    expect(server.apply(new Error('x'))).toBe(false)
  })
})
