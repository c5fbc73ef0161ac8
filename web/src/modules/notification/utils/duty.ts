/** The day shift runs 08:00–20:00 and the night shift 20:00–08:00, plant time (the common two-shift pattern). */
export interface SuggestedShift {
  name: 'day' | 'night'
  startsAt: Date
  endsAt: Date
}

/** The next shift to plan from `now` (local time): the night shift from 20:00 if it is day, else tomorrow's day shift. */
export function suggestedShift(now: Date): SuggestedShift {
  const at = (days: number, hour: number): Date => {
    const date = new Date(now)
    date.setDate(date.getDate() + days)
    date.setHours(hour, 0, 0, 0)
    return date
  }
  const hour = now.getHours()
  if (hour >= 8 && hour < 20) return { name: 'night', startsAt: at(0, 20), endsAt: at(1, 8) }
  const tomorrow = hour >= 20 ? 1 : 0
  return { name: 'day', startsAt: at(tomorrow, 8), endsAt: at(tomorrow, 20) }
}

/** A shift's length in hours, to one decimal. */
export function shiftHours(startsAt: Date, endsAt: Date): number {
  return Math.round(((endsAt.getTime() - startsAt.getTime()) / 3_600_000) * 10) / 10
}

/** Whether the shift covers the instant: from its start, before its end. */
export function covers(shift: { startsAt: string; endsAt: string }, at: Date): boolean {
  return new Date(shift.startsAt).getTime() <= at.getTime() && at.getTime() < new Date(shift.endsAt).getTime()
}
