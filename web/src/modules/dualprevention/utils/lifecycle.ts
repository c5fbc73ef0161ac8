import type { DangerLevel, DangerManageType, HiddenDanger, HiddenDangerStatus, OrderRequest } from '../api/types/hiddenDangers'

/** A step of the hidden-danger lifecycle, each one POST /api/v1/hidden-dangers/{id}/{step}. */
export type LifecycleStep = 'confirm' | 'order' | 'rectify' | 'accept' | 'sendBack' | 'close'

/** What the caller may do: report (and rectify) hidden dangers, manage them (grade, order, accept, close). */
export interface StepRights {
  report: boolean
  manage: boolean
}

/** The one status each step starts from (as the server's state machine), and the right it needs. */
const STEPS: readonly { step: LifecycleStep; from: HiddenDangerStatus; right: keyof StepRights }[] = [
  { step: 'confirm', from: 'REPORTED', right: 'manage' },
  { step: 'order', from: 'CONFIRMED', right: 'manage' },
  { step: 'rectify', from: 'RECTIFYING', right: 'report' },
  { step: 'accept', from: 'PENDING_ACCEPTANCE', right: 'manage' },
  { step: 'sendBack', from: 'PENDING_ACCEPTANCE', right: 'manage' },
  { step: 'close', from: 'ACCEPTED', right: 'manage' }
]

/** The steps a hidden danger in this status offers to a caller with these rights, in the order of the lifecycle. */
export function stepsFor(status: HiddenDangerStatus, rights: StepRights): LifecycleStep[] {
  return STEPS.filter((entry) => entry.from === status && rights[entry.right]).map((entry) => entry.step)
}

/** Where a hidden danger stands against its rectification deadline. */
export type DeadlineState =
  | { kind: 'none' }
  | { kind: 'done'; deadline: string }
  | { kind: 'overdue'; deadline: string; days: number }
  | { kind: 'dueToday'; deadline: string }
  | { kind: 'dueSoon' | 'due'; deadline: string; days: number }

/** Days within which a deadline is shown as close. */
export const DUE_SOON_DAYS = 3

/** Whole days from one ISO date (yyyy-MM-dd) to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000)
}

/** The plant's day (Asia/Shanghai, the work calendar's zone) at an instant, as yyyy-MM-dd. */
export function plantDay(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now)
}

/**
 * The deadline as the pages show it on the plant's day `today`. Overdue is the server's judgement (being
 * rectified after the deadline day); once rectified the deadline no longer runs.
 */
export function deadlineState(danger: Pick<HiddenDanger, 'dangerManageDeadline' | 'status' | 'overdue'>, today: string): DeadlineState {
  const deadline = danger.dangerManageDeadline
  if (!deadline) return { kind: 'none' }
  if (danger.status !== 'RECTIFYING' && danger.status !== 'CONFIRMED') return { kind: 'done', deadline }
  const days = daysBetween(today, deadline)
  if (danger.overdue || days < 0) return { kind: 'overdue', deadline, days: Math.max(-days, 0) }
  if (days === 0) return { kind: 'dueToday', deadline }
  return { kind: days <= DUE_SOON_DAYS ? 'dueSoon' : 'due', deadline, days }
}

/** Board order: overdue first, then by the nearest deadline, then those without one (newest report first). */
export function byUrgency(today: string): (a: HiddenDanger, b: HiddenDanger) => number {
  const rank = (danger: HiddenDanger): number => {
    const state = deadlineState(danger, today)
    if (state.kind === 'overdue') return -1_000_000 - state.days
    if (state.kind === 'none' || state.kind === 'done') return 1_000_000
    return state.kind === 'dueToday' ? 0 : state.days
  }
  return (a, b) => rank(a) - rank(b) || b.registTime.localeCompare(a.registTime)
}

/** What the order form holds. */
export interface OrderModel {
  dangerManageType: DangerManageType
  liablePerson: string
  dangerManageDeadline: string
  controlMeasures: string
  cost: number | undefined
  contingencyPlan: string
}

export function emptyOrder(level: DangerLevel | null | undefined): OrderModel {
  return {
    dangerManageType: level === 'MAJOR' ? 'BY_DEADLINE' : 'IMMEDIATE',
    liablePerson: '',
    dangerManageDeadline: '',
    controlMeasures: '',
    cost: undefined,
    contingencyPlan: ''
  }
}

/** Whether the order form asks for the MAJOR plan's items beyond measures and responsible person (funds, contingency plan). */
export function needsPlan(level: DangerLevel | null | undefined): boolean {
  return level === 'MAJOR'
}

/** The request: an IMMEDIATE order carries no deadline; empty optional items are left out. */
export function toOrderRequest(model: OrderModel): OrderRequest {
  const request: OrderRequest = {
    dangerManageType: model.dangerManageType,
    liablePerson: model.liablePerson.trim(),
    controlMeasures: model.controlMeasures.trim()
  }
  if (model.dangerManageType === 'BY_DEADLINE' && model.dangerManageDeadline) request.dangerManageDeadline = model.dangerManageDeadline
  if (model.cost !== undefined) request.cost = model.cost
  if (model.contingencyPlan.trim()) request.contingencyPlan = model.contingencyPlan.trim()
  return request
}

/** Photo references as sent: trimmed, blanks and repeats dropped. */
export function photoReferences(values: readonly string[]): string[] {
  return [...new Set(values.map((value) => value.trim()).filter((value) => value !== ''))]
}
