import { describe, expect, it } from 'vitest'
import {
  KPI_TARGETS,
  averageRating,
  defaultShelfUntil,
  disposeBlocker,
  ladderOrderProblem,
  minutesAndSeconds,
  minutesBetween,
  originatorPage,
  toneFor,
  toAlarmQuery,
  trendWindow,
  withinTarget
} from '@/modules/alarm/utils/alarms'
import { covers, shiftHours, suggestedShift } from '@/modules/notification/utils/duty'

describe('alarm console', () => {
  it('allows disposal only of a returned, acknowledged, open alarm, naming why not otherwise', () => {
    expect(disposeBlocker({ active: true, acknowledged: true, closed: false })).toBe('STILL_ACTIVE')
    expect(disposeBlocker({ active: false, acknowledged: false, closed: false })).toBe('UNACKNOWLEDGED')
    expect(disposeBlocker({ active: false, acknowledged: true, closed: true })).toBe('CLOSED')
    expect(disposeBlocker({ active: false, acknowledged: true, closed: false })).toBeNull()
  })

  it('offers a shelf to the end of a shift, to the minute', () => {
    const until = defaultShelfUntil(new Date('2026-12-04T02:17:45.500Z'))
    expect(until.toISOString()).toBe('2026-12-04T10:17:00.000Z')
  })

  it('counts whole minutes, never negative', () => {
    expect(minutesBetween('2026-12-04T02:00:00Z', '2026-12-04T02:59:59Z')).toBe(59)
    expect(minutesBetween('2026-12-04T02:00:00Z', '2026-12-04T01:00:00Z')).toBe(0)
  })

  it('draws the trend from 30 minutes before the raise to 30 after the last sight, never past now', () => {
    const alarm = { firstRaisedAt: '2026-12-04T02:00:00Z', lastSeenAt: '2026-12-04T02:10:00Z' }
    expect(trendWindow(alarm, new Date('2026-12-04T05:00:00Z'))).toEqual({ from: '2026-12-04T01:30:00.000Z', to: '2026-12-04T02:40:00.001Z' })
    expect(trendWindow(alarm, new Date('2026-12-04T02:15:00Z')).to).toBe('2026-12-04T02:15:00.001Z')
  })

  it('sends only the filters that are set', () => {
    expect(toAlarmQuery({ q: '  GT-101 ', state: 'OPEN', severity: '', type: '', enterpriseId: '', range: null })).toEqual({
      q: 'GT-101',
      state: 'OPEN'
    })
    expect(
      toAlarmQuery({
        q: '',
        state: '',
        severity: 'CRITICAL',
        type: 'COMM_LOSS',
        enterpriseId: 'e1',
        range: ['2026-12-01T00:00:00Z', '2026-12-02T00:00:00Z']
      })
    ).toEqual({ severity: 'CRITICAL', type: 'COMM_LOSS', enterpriseId: 'e1', from: '2026-12-01T00:00:00Z', to: '2026-12-02T00:00:00Z' })
  })
})

describe('alarm KPIs', () => {
  it('rates the average rate after ISA-18.2: 1 per 10 min acceptable, 2 manageable', () => {
    expect(averageRating(1)).toBe('good')
    expect(averageRating(1.5)).toBe('fair')
    expect(averageRating(2)).toBe('fair')
    expect(averageRating(2.01)).toBe('poor')
  })

  it('holds the other figures to their targets', () => {
    expect(withinTarget(10, KPI_TARGETS.peak)).toBe('good')
    expect(withinTarget(11, KPI_TARGETS.peak)).toBe('poor')
    expect(withinTarget(0.011, KPI_TARGETS.floodShare)).toBe('poor')
    expect(withinTarget(1, KPI_TARGETS.chattering)).toBe('poor')
  })

  it('words response times in minutes and seconds', () => {
    expect(minutesAndSeconds(125.4)).toEqual({ minutes: 2, seconds: 5 })
    expect(minutesAndSeconds(59.6)).toEqual({ minutes: 1, seconds: 0 })
  })
})

describe('escalation ladders', () => {
  it('wants each step after the one before it', () => {
    expect(ladderOrderProblem({ firstMinutes: 2, secondMinutes: 5, thirdMinutes: 10 })).toBeNull()
    expect(ladderOrderProblem({ firstMinutes: 60, secondMinutes: 240, thirdMinutes: null })).toBeNull()
    expect(ladderOrderProblem({ firstMinutes: 5, secondMinutes: 5 })).toBe('order')
    expect(ladderOrderProblem({ firstMinutes: 5, secondMinutes: 15, thirdMinutes: 15 })).toBe('order')
  })
})

describe('duty shifts', () => {
  it('suggests the night shift by day and the next day shift by night', () => {
    const day = suggestedShift(new Date(2026, 11, 4, 10, 30))
    expect(day.name).toBe('night')
    expect(day.startsAt).toEqual(new Date(2026, 11, 4, 20, 0))
    expect(day.endsAt).toEqual(new Date(2026, 11, 5, 8, 0))
    expect(suggestedShift(new Date(2026, 11, 4, 21, 0)).startsAt).toEqual(new Date(2026, 11, 5, 8, 0))
    expect(suggestedShift(new Date(2026, 11, 4, 3, 0)).startsAt).toEqual(new Date(2026, 11, 4, 8, 0))
  })

  it('counts hours and covers from the start, not the end', () => {
    expect(shiftHours(new Date('2026-12-04T00:00:00Z'), new Date('2026-12-04T12:30:00Z'))).toBe(12.5)
    const shift = { startsAt: '2026-12-04T00:00:00Z', endsAt: '2026-12-04T12:00:00Z' }
    expect(covers(shift, new Date('2026-12-04T00:00:00Z'))).toBe(true)
    expect(covers(shift, new Date('2026-12-04T12:00:00Z'))).toBe(false)
  })
})

describe('alarm originators', () => {
  it('links a permit and a hidden danger to their pages, nothing else', () => {
    expect(originatorPage({ originatorType: 'PERMIT', originatorId: 'p1' })).toBe('/permits/p1')
    expect(originatorPage({ originatorType: 'HIDDEN_DANGER', originatorId: 'h1' })).toBe('/hidden-dangers/h1')
    expect(originatorPage({ originatorType: 'POINT', originatorId: 'x' })).toBeNull()
  })
})

describe('console tone', () => {
  const snapshot = (count: number, newestId: string | null, severity: 'CRITICAL' | 'MINOR' | null = 'CRITICAL') => ({
    count,
    newestId,
    newestSeverity: severity
  })

  it('sounds the newest unacknowledged alarm when it is new, not on the first load or after acknowledging', () => {
    expect(toneFor(null, snapshot(3, 'a3'))).toBeNull()
    expect(toneFor(snapshot(3, 'a3'), snapshot(3, 'a3'))).toBeNull()
    expect(toneFor(snapshot(3, 'a3'), snapshot(4, 'a4'))).toBe('CRITICAL')
    expect(toneFor(snapshot(3, 'a3', 'MINOR'), snapshot(3, 'a4', 'MINOR'))).toBe('MINOR')
    expect(toneFor(snapshot(3, 'a3'), snapshot(2, 'a2'))).toBeNull()
    expect(toneFor(snapshot(1, 'a1'), snapshot(0, null))).toBeNull()
  })
})
