import type { Schemas } from '@/shared/api/schemas'

/** A notice as the live stream sends it (`/api/v1/notifications/stream`, events named `notice`). */
export type Notice = Schemas['NoticeView']

export const MAX_BANNERS = 5

/** Where a notice leads: its alarm on the console, the day's rounds for a rounds notice, else nowhere. */
export function noticeTarget(notice: Pick<Notice, 'alarmId' | 'kind'>): { path: string; query?: Record<string, string> } | null {
  if (notice.alarmId) return { path: '/alarms/console', query: { alarm: notice.alarmId } }
  return notice.kind === 'ROUNDS' ? { path: '/inspection-rounds' } : null
}

const SEVERITIES: readonly Notice['severity'][] = ['CRITICAL', 'MAJOR', 'MINOR', 'WARNING']

/** The notice in an event's data, or null when the data is not one (never throws: a bad event is dropped). */
export function parseNotice(data: string): Notice | null {
  try {
    const value: unknown = JSON.parse(data)
    if (typeof value !== 'object' || value === null) return null
    const notice = value as Partial<Notice>
    if (typeof notice.id !== 'string' || typeof notice.subject !== 'string' || typeof notice.body !== 'string') return null
    if (!SEVERITIES.includes(notice.severity as Notice['severity'])) return null
    return notice as Notice
  } catch {
    return null
  }
}

/** The banners after a notice arrives: newest first, each notice once, at most `max`. */
export function withNotice(banners: readonly Notice[], notice: Notice, max = MAX_BANNERS): Notice[] {
  return [notice, ...banners.filter((banner) => banner.id !== notice.id)].slice(0, max)
}

/** How many times the tone sounds: red three times, orange twice, yellow and blue once. */
export function beepsFor(severity: Notice['severity']): number {
  switch (severity) {
    case 'CRITICAL':
      return 3
    case 'MAJOR':
      return 2
    default:
      return 1
  }
}

type NoticeListener = (notice: Notice) => void
const listeners = new Set<NoticeListener>()

/** Calls `listener` with every notice the banner receives (e.g. a console reloads); returns the unsubscribe. */
export function onNotice(listener: NoticeListener): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** Hands a received notice to every listener (the banner calls it; a failing listener does not stop the others). */
export function announceNotice(notice: Notice): void {
  for (const listener of listeners) {
    try {
      listener(notice)
    } catch {
      // a listener's fault is its own: the banner and the other listeners go on
    }
  }
}
