import type { Page } from '@/shared/api/types/common'
import { HIDDEN_DANGER_STATUSES, type HiddenDanger, type HiddenDangerStatus } from '../api/types/hiddenDangers'
import { byUrgency } from './lifecycle'

/** One column of the board: a status, how many hidden dangers are in it, and the cards shown, most urgent first. */
export interface BoardColumn {
  status: HiddenDangerStatus
  total: number
  cards: HiddenDanger[]
}

/** Cards fetched per column. */
export const BOARD_SIZE = 30

/**
 * The board from each status's newest page and the overdue page: overdue ones join their column even when they are
 * older than its newest page, so none is hidden; each column is sorted overdue first, then by the nearest deadline.
 */
export function boardColumns(
  pages: Partial<Record<HiddenDangerStatus, Page<HiddenDanger>>>,
  overdue: readonly HiddenDanger[],
  today: string
): BoardColumn[] {
  const order = byUrgency(today)
  return HIDDEN_DANGER_STATUSES.map((status) => {
    const page = pages[status]
    const cards = new Map((page?.content ?? []).map((danger) => [danger.id, danger]))
    for (const danger of overdue) if (danger.status === status) cards.set(danger.id, danger)
    return { status, total: page?.totalElements ?? cards.size, cards: [...cards.values()].sort(order) }
  })
}
