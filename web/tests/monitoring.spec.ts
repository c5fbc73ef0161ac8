import { describe, expect, it } from 'vitest'
import { lastHours, limitLines, trendLines } from '@/modules/monitoring/utils/trend'
import { limitsText, stateTone, valueText } from '@/modules/monitoring/utils/cards'
import { parseLiveValues } from '@/modules/monitoring/api/overview'
import { meanRate } from '@/modules/monitoring/api/quality'
import type { OnlineRate } from '@/modules/monitoring/api/types/quality'

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

describe('live cards', () => {
  it('reads the limits out from low-low to high-high and leaves out the missing', () => {
    const label = (name: string) => name.toUpperCase()
    expect(limitsText({ lowLow: 5, low: 10, high: 80, highHigh: 90 }, label)).toBe('LOWLOW 5 / LOW 10 / HIGH 80 / HIGHHIGH 90')
    expect(limitsText({ high: 25, highHigh: 50 }, label)).toBe('HIGH 25 / HIGHHIGH 50')
    expect(limitsText({}, label)).toBe('')
  })

  it('tones outer limits and off-scale red, inner limits orange, missing data grey', () => {
    expect(stateTone('HIGH_HIGH')).toBe('danger')
    expect(stateTone('LOW_LOW')).toBe('danger')
    expect(stateTone('OUT_OF_RANGE')).toBe('danger')
    expect(stateTone('HIGH')).toBe('warning')
    expect(stateTone('LOW')).toBe('warning')
    expect(stateTone('OFFLINE')).toBe('info')
    expect(stateTone('NO_DATA')).toBe('info')
    expect(stateTone('NORMAL')).toBe('success')
  })

  it('shows a switch as running or stopped and rounds other values to three decimals', () => {
    const t = (key: string) => (key.endsWith('switchOn') ? 'on' : 'off')
    expect(valueText(1, 'SWITCH', t)).toBe('on')
    expect(valueText(0, 'SWITCH', t)).toBe('off')
    expect(valueText(0.123456, 'PRESSURE', t)).toBe('0.123')
    expect(valueText(null, 'LEVEL', t)).toBe('—')
  })

  it('takes only well-formed values from a stream event', () => {
    expect(parseLiveValues('[{"pointId":"p1","ts":"2026-12-04T00:00:00Z","value":3.5,"state":"NORMAL"}]')).toHaveLength(1)
    expect(parseLiveValues('[{"value":1}]')).toEqual([])
    expect(parseLiveValues('not json')).toEqual([])
    expect(parseLiveValues('{"pointId":"p1"}')).toEqual([])
  })
})

describe('online rates', () => {
  it('averages the listed rates and has none for an empty list', () => {
    const rate = (onlineRate: number) => ({ onlineRate }) as OnlineRate
    expect(meanRate([rate(1), rate(0.5), rate(0.75)])).toBe(0.75)
    expect(meanRate([])).toBeNull()
  })
})
