import type { Point, Series } from '../api/types/points'

/** A trend's lines: the values (raw samples, or the roll-ups' averages) and, for roll-ups, their min and max. */
export interface TrendLines {
  values: [number, number][]
  min: [number, number][]
  max: [number, number][]
}

export function trendLines(series: Series): TrendLines {
  const lines: TrendLines = { values: [], min: [], max: [] }
  for (const entry of series.samples) {
    const at = new Date(entry.ts).getTime()
    if ('value' in entry) {
      lines.values.push([at, entry.value])
    } else {
      lines.values.push([at, entry.avg])
      lines.min.push([at, entry.min])
      lines.max.push([at, entry.max])
    }
  }
  return lines
}

/** The ranges offered for a trend, in hours, and the range [now − hours, now]. */
export const TREND_RANGES = [1, 8, 24, 24 * 7, 24 * 30] as const

export function lastHours(hours: number, now: Date): [Date, Date] {
  return [new Date(now.getTime() - hours * 3_600_000), now]
}

/** The limits set on a point, as the lines a trend draws (highest first). */
export function limitLines(limits: Point['limits'] | null | undefined): { name: 'highHigh' | 'high' | 'low' | 'lowLow'; value: number }[] {
  if (!limits) return []
  const names = ['highHigh', 'high', 'low', 'lowLow'] as const
  return names.flatMap((name) => {
    const value = limits[name]
    return typeof value === 'number' ? [{ name, value }] : []
  })
}
