import type { EffectivenessGrade } from '../api/types/effectiveness'
import { plantDay } from './lifecycle'

/** The default period of the dashboard: the last 30 plant days, today included. */
export function lastDays(now: Date, days = 30): [string, string] {
  return [plantDay(new Date(now.getTime() - (days - 1) * 86_400_000)), plantDay(now)]
}

export const GRADE_TAGS: Record<EffectivenessGrade, 'success' | 'primary' | 'warning' | 'danger'> = {
  EXCELLENT: 'success',
  GOOD: 'primary',
  FAIR: 'warning',
  POOR: 'danger'
}

/** The colour of a completion rate's bar: red below 60 %, orange below 90 %, else green. */
export function completionStatus(rate: number | null | undefined): 'exception' | 'warning' | 'success' {
  if (rate === null || rate === undefined || rate < 60) return 'exception'
  return rate < 90 ? 'warning' : 'success'
}
