import { randomUuid } from '@/shared/utils/uuid'
import type { HiddenDangerReport } from '../api/types/hiddenDangers'
import type { CheckStatus, OccurrenceState, RecordLocation, RoundOccurrence } from '../api/types/rounds'
import type { PendingRecord } from './outbox'
import { plantDay } from './lifecycle'

/** What the check form holds. */
export interface CheckModel {
  checkStatus: CheckStatus
  comment: string
  checkpointCode: string
  location: RecordLocation | null
  photos: File[]
  danger: { dangerName: string; dangerDesc: string; dangerReason: string; dangerSrc: number; hazardDangerType: number }
}

export function emptyCheck(): CheckModel {
  return {
    checkStatus: 'NORMAL',
    comment: '',
    checkpointCode: '',
    location: null,
    photos: [],
    danger: { dangerName: '', dangerDesc: '', dangerReason: '', dangerSrc: 1, hazardDangerType: 1 }
  }
}

/** The occurrence's key: its task and the start of its window. */
export const occurrenceKey = (checkTaskId: string, windowStart: string): string => `${checkTaskId}@${Date.parse(windowStart)}`

/**
 * The check as kept on the phone until sent, plain data that IndexedDB can store: a new clientId for the record and one per photo, the phone's time of
 * the check (checkTime) and of each photo (its file's time when the camera gave one, else now), optional fields
 * left out when empty, and the hidden danger only with DANGER_FOUND.
 */
export function toPendingRecord(occurrence: RoundOccurrence, model: CheckModel, now: Date): Omit<PendingRecord, 'owner'> {
  const checkTime = now.toISOString()
  const request: PendingRecord['request'] = {
    clientId: randomUuid(),
    checkTaskId: occurrence.checkTaskId,
    windowStart: occurrence.occurrence.start,
    checkStatus: model.checkStatus,
    checkTime
  }
  if (model.comment.trim()) request.comment = model.comment.trim()
  if (model.checkpointCode.trim()) request.checkpointCode = model.checkpointCode.trim()
  // copied: the form's model is reactive, and a proxy cannot be stored in IndexedDB
  if (model.location) request.location = { ...model.location }
  if (model.checkStatus === 'DANGER_FOUND') {
    const danger: HiddenDangerReport = {
      dangerName: model.danger.dangerName.trim(),
      dangerDesc: model.danger.dangerDesc.trim(),
      dangerSrc: model.danger.dangerSrc,
      hazardDangerType: model.danger.hazardDangerType
    }
    if (model.danger.dangerReason.trim()) danger.dangerReason = model.danger.dangerReason.trim()
    request.hiddenDanger = danger
  }
  return {
    clientId: request.clientId,
    label: occurrence.troubleshootContent,
    request,
    photos: model.photos.map((file) => ({
      clientId: randomUuid(),
      name: file.name,
      takenAt: new Date(file.lastModified > 0 && file.lastModified <= now.getTime() ? file.lastModified : now.getTime()).toISOString(),
      blob: file
    }))
  }
}

/** An occurrence's state as the phone sees it: PENDING while its check waits in the outbox. */
export type RoundState = OccurrenceState | 'PENDING'

export function roundState(occurrence: RoundOccurrence, pendingKeys: ReadonlySet<string>): RoundState {
  if (occurrence.occurrence.state !== 'DONE' && pendingKeys.has(occurrenceKey(occurrence.checkTaskId, occurrence.occurrence.start))) {
    return 'PENDING'
  }
  return occurrence.occurrence.state
}

/** Whether the occurrence can be checked now: open, or closed unchecked (a late check). */
export const checkable = (state: RoundState): boolean => state === 'DUE' || state === 'MISSED'

/** The rounds last fetched, kept so a page reopened in a dead zone still lists them. */
export interface CachedRounds {
  fetchedAt: string
  rounds: RoundOccurrence[]
}

const cacheKey = (owner: string): string => `chemsafe.rounds.${owner}`

export function cacheRounds(owner: string, rounds: RoundOccurrence[], now: Date): void {
  try {
    localStorage.setItem(cacheKey(owner), JSON.stringify({ fetchedAt: now.toISOString(), rounds } satisfies CachedRounds))
  } catch {
    /* storage full or refused: the list is only not kept */
  }
}

export function cachedRounds(owner: string): CachedRounds | null {
  try {
    const text = localStorage.getItem(cacheKey(owner))
    return text ? (JSON.parse(text) as CachedRounds) : null
  } catch {
    return null
  }
}

/** A day of the task calendar: its occurrences and how many are in each state. */
export interface CalendarDay {
  occurrences: RoundOccurrence[]
  counts: Partial<Record<OccurrenceState, number>>
}

/** The occurrences grouped by the plant day they belong to (a night shift past midnight stays on its day). */
export function calendarDays(occurrences: readonly RoundOccurrence[]): Map<string, CalendarDay> {
  const days = new Map<string, CalendarDay>()
  for (const round of occurrences) {
    const day = days.get(round.occurrence.workDay) ?? { occurrences: [], counts: {} }
    day.occurrences.push(round)
    day.counts[round.occurrence.state] = (day.counts[round.occurrence.state] ?? 0) + 1
    days.set(round.occurrence.workDay, day)
  }
  return days
}

/** The month shown around a day: its first day to the next month's first day, as the plant's instants. */
export function monthRange(day: Date): { from: string; to: string } {
  const month = plantDay(day).slice(0, 7)
  const [year, number] = month.split('-').map(Number) as [number, number]
  const next = number === 12 ? `${year + 1}-01` : `${year}-${String(number + 1).padStart(2, '0')}`
  return { from: new Date(`${month}-01T00:00:00+08:00`).toISOString(), to: new Date(`${next}-01T00:00:00+08:00`).toISOString() }
}
