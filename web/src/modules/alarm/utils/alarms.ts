import type { Alarm, AlarmQuery, AlarmSeverity, AlarmStateFilter, AlarmType } from '../api/types/alarms'

/** The four warning colours of the severities (red, orange, yellow, blue), as the console and the banner show them. */
export const SEVERITY_COLOURS: Record<AlarmSeverity, string> = {
  CRITICAL: '#d9001b',
  MAJOR: '#f56c00',
  MINOR: '#e6b800',
  WARNING: '#1e6fd9'
}

/** Why an alarm may not be disposed yet (the server refuses with the same reasons), or null when it may. */
export type DisposeBlocker = 'STILL_ACTIVE' | 'UNACKNOWLEDGED' | 'CLOSED'

export function disposeBlocker(alarm: Pick<Alarm, 'active' | 'acknowledged' | 'closed'>): DisposeBlocker | null {
  if (alarm.closed) return 'CLOSED'
  if (alarm.active) return 'STILL_ACTIVE'
  if (!alarm.acknowledged) return 'UNACKNOWLEDGED'
  return null
}

/** The default shelf: until the end of a shift, eight hours from now, to the minute. */
export function defaultShelfUntil(now: Date): Date {
  const until = new Date(now.getTime() + 8 * 3600_000)
  until.setSeconds(0, 0)
  return until
}

/** Whole minutes from one instant to another (never negative). */
export function minutesBetween(from: string, to: string | Date): number {
  const end = typeof to === 'string' ? new Date(to).getTime() : to.getTime()
  return Math.max(0, Math.floor((end - new Date(from).getTime()) / 60_000))
}

/** The window of a monitoring alarm's trend: 30 minutes before its first raise to 30 minutes after it was last seen (or now). */
export function trendWindow(alarm: Pick<Alarm, 'firstRaisedAt' | 'lastSeenAt'>, now: Date): { from: string; to: string } {
  const from = new Date(new Date(alarm.firstRaisedAt).getTime() - 30 * 60_000)
  const after = new Date(alarm.lastSeenAt).getTime() + 30 * 60_000
  const to = new Date(Math.min(after, now.getTime()) + 1)
  return { from: from.toISOString(), to: to.toISOString() }
}

/** A list's filter as the toolbar holds it. */
export interface AlarmFilter {
  q: string
  state: AlarmStateFilter | ''
  severity: AlarmSeverity | ''
  type: AlarmType | ''
  enterpriseId: string
  /** [from, to) as ISO instants, or empty. */
  range: [string, string] | null
}

/** The query of a list or the ledger: empty filters left out. */
export function toAlarmQuery(filter: AlarmFilter): Omit<AlarmQuery, 'page' | 'size'> {
  const query: Omit<AlarmQuery, 'page' | 'size'> = {}
  if (filter.q.trim()) query.q = filter.q.trim()
  if (filter.state) query.state = filter.state
  if (filter.severity) query.severity = filter.severity
  if (filter.type) query.type = filter.type
  if (filter.enterpriseId) query.enterpriseId = filter.enterpriseId
  if (filter.range) {
    query.from = filter.range[0]
    query.to = filter.range[1]
  }
  return query
}

/**
 * The performance targets of ISA-18.2 (Table 5) and EEMUA 191, per operator position: about one alarm per
 * 10 minutes is very likely acceptable and two the most manageable; at most 10 in any 10 minutes; under 1 % of the
 * periods in flood; the ten most frequent alarms at most 5 % of the load (1 % to 5 %); no chattering alarm; fewer
 * than 5 standing (stale) alarms.
 */
export const KPI_TARGETS = {
  averageAcceptable: 1,
  averageManageable: 2,
  peak: 10,
  floodShare: 0.01,
  mostFrequentShare: 0.05,
  chattering: 0,
  standing: 5
} as const

/** Whether a KPI meets its target ('good'), is near it ('fair', only the average rate has one) or misses it ('poor'). */
export function averageRating(average: number): 'good' | 'fair' | 'poor' {
  if (average <= KPI_TARGETS.averageAcceptable) return 'good'
  return average <= KPI_TARGETS.averageManageable ? 'fair' : 'poor'
}

export function withinTarget(value: number, target: number): 'good' | 'poor' {
  return value <= target ? 'good' : 'poor'
}

/** Seconds as parts for the page to word: whole minutes and the remaining seconds. */
export function minutesAndSeconds(seconds: number): { minutes: number; seconds: number } {
  const whole = Math.round(seconds)
  return { minutes: Math.floor(whole / 60), seconds: whole % 60 }
}

/** What is wrong with a ladder's steps (the server refuses the same), or null: each step after the one before it. */
export function ladderOrderProblem(ladder: { firstMinutes: number; secondMinutes: number; thirdMinutes?: number | null }): 'order' | null {
  if (ladder.secondMinutes <= ladder.firstMinutes) return 'order'
  if (ladder.thirdMinutes !== null && ladder.thirdMinutes !== undefined && ladder.thirdMinutes <= ladder.secondMinutes) return 'order'
  return null
}

/** The page of the object an alarm is about, where the platform has one (a permit, a hidden danger), else null. */
export function originatorPage(alarm: Pick<Alarm, 'originatorType' | 'originatorId'>): string | null {
  switch (alarm.originatorType) {
    case 'PERMIT':
      return `/permits/${alarm.originatorId}`
    case 'HIDDEN_DANGER':
      return `/hidden-dangers/${alarm.originatorId}`
    default:
      return null
  }
}

/** What the console knows of the unacknowledged alarms after a reload: how many, and the newest one's id and severity. */
export interface UnacknowledgedSnapshot {
  count: number
  newestId: string | null
  newestSeverity: AlarmSeverity | null
}

/**
 * The severity to sound after a reload: the newest unacknowledged alarm's when it is one the console had not seen
 * (nothing on the first load, when nothing is new, or when alarms were only acknowledged).
 */
export function toneFor(previous: UnacknowledgedSnapshot | null, current: UnacknowledgedSnapshot): AlarmSeverity | null {
  if (!previous || current.newestId === null || current.newestId === previous.newestId) return null
  return current.count >= previous.count ? current.newestSeverity : null
}
