import type { IndicatorType, Point } from '../api/types/points'
import type { PointState } from '../api/types/overview'

/** The four limits in the order they are read out: low-low, low, high, high-high. */
export const LIMIT_NAMES = ['lowLow', 'low', 'high', 'highHigh'] as const

/** A point's limits as "<label> 10 / <label> 80", each label from the function given (the caller's translation). */
export function limitsText(limits: Point['limits'], label: (name: (typeof LIMIT_NAMES)[number]) => string): string {
  return LIMIT_NAMES.filter((name) => typeof limits[name] === 'number')
    .map((name) => `${label(name)} ${limits[name]}`)
    .join(' / ')
}

/** The tone a state is shown in: red at an outer limit or off-scale, orange at an inner one, grey without data. */
export function stateTone(state: PointState): 'danger' | 'warning' | 'info' | 'success' {
  switch (state) {
    case 'HIGH_HIGH':
    case 'LOW_LOW':
    case 'OUT_OF_RANGE':
      return 'danger'
    case 'HIGH':
    case 'LOW':
      return 'warning'
    case 'OFFLINE':
    case 'NO_DATA':
      return 'info'
    default:
      return 'success'
  }
}

/**
 * A value as a card shows it: a switch as running or stopped (1/0, the labels from the translation given), other
 * values with at most three decimals.
 */
export function valueText(value: number | null | undefined, type: IndicatorType, translate: (key: string) => string): string {
  if (value === null || value === undefined) return '—'
  if (type === 'SWITCH') return translate(value >= 0.5 ? 'monitoring.overview.switchOn' : 'monitoring.overview.switchOff')
  return String(Math.round(value * 1000) / 1000)
}

/** Where a card or marker leads: the point's trend. */
export const trendLocation = (pointId: string) => ({ path: '/monitoring/trend', query: { point: pointId } })
