import { describe, expect, it } from 'vitest'
import { lastHours, limitLines, trendLines } from '@/modules/monitoring/utils/trend'

describe('point trends', () => {
  it('draws raw samples as the line and roll-ups as their average with a min–max band', () => {
    expect(
      trendLines({
        resolution: 'raw',
        truncated: false,
        samples: [
          { ts: '2026-12-04T02:00:00Z', value: 3.5 },
          { ts: '2026-12-04T02:01:00Z', avg: 4, min: 3, max: 5, count: 2 }
        ]
      })
    ).toEqual({
      values: [
        [Date.parse('2026-12-04T02:00:00Z'), 3.5],
        [Date.parse('2026-12-04T02:01:00Z'), 4]
      ],
      min: [[Date.parse('2026-12-04T02:01:00Z'), 3]],
      max: [[Date.parse('2026-12-04T02:01:00Z'), 5]]
    })
  })

  it('draws the limits that are set, highest first', () => {
    expect(limitLines({ high: 25, highHigh: 50, low: null })).toEqual([
      { name: 'highHigh', value: 50 },
      { name: 'high', value: 25 }
    ])
    expect(limitLines(null)).toEqual([])
  })

  it('looks back the chosen hours from now', () => {
    const now = new Date('2026-12-04T10:00:00Z')
    expect(lastHours(24, now)).toEqual([new Date('2026-12-03T10:00:00Z'), now])
  })
})
