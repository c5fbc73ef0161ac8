import { del, get, post, put } from '@/shared/http'
import type { Page, PageQuery } from '@/shared/api/types/common'
import type { Delivery, DeliveryQuery, DutyShift, DutyShiftRequest, Notice, Webhook, WebhookRequest } from './types/notifications'

const WEBHOOKS = '/api/v1/notification-webhooks'

/** GET /api/v1/notifications — the signed-in user's notices, newest first */
export function myNotices(query: PageQuery): Promise<Page<Notice>> {
  return get<Page<Notice>, PageQuery>('/api/v1/notifications', query)
}

/** GET /api/v1/notification-deliveries — every delivery attempt's outcome in the scope */
export function listDeliveries(query: DeliveryQuery): Promise<Page<Delivery>> {
  return get<Page<Delivery>, DeliveryQuery>('/api/v1/notification-deliveries', query)
}

/** GET /api/v1/notification-webhooks */
export function listWebhooks(query: PageQuery & { enterpriseId?: string }): Promise<Page<Webhook>> {
  return get<Page<Webhook>, PageQuery & { enterpriseId?: string }>(WEBHOOKS, query)
}

/** POST /api/v1/notification-webhooks */
export function createWebhook(body: WebhookRequest): Promise<Webhook> {
  return post<Webhook, WebhookRequest>(WEBHOOKS, body)
}

/** PUT /api/v1/notification-webhooks/{id} */
export function changeWebhook(id: string, body: WebhookRequest): Promise<Webhook> {
  return put<Webhook, WebhookRequest>(`${WEBHOOKS}/${encodeURIComponent(id)}`, body)
}

/** DELETE /api/v1/notification-webhooks/{id} */
export function removeWebhook(id: string): Promise<void> {
  return del(`${WEBHOOKS}/${encodeURIComponent(id)}`)
}

const SHIFTS = '/api/v1/duty-shifts'

/** GET /api/v1/duty-shifts — the shifts overlapping [from, to), latest start first */
export function listDutyShifts(query: PageQuery & { from?: string; to?: string }): Promise<Page<DutyShift>> {
  return get<Page<DutyShift>, PageQuery & { from?: string; to?: string }>(SHIFTS, query)
}

/** POST /api/v1/duty-shifts */
export function createDutyShift(body: DutyShiftRequest): Promise<DutyShift> {
  return post<DutyShift, DutyShiftRequest>(SHIFTS, body)
}

/** PUT /api/v1/duty-shifts/{id} */
export function changeDutyShift(id: string, body: DutyShiftRequest): Promise<DutyShift> {
  return put<DutyShift, DutyShiftRequest>(`${SHIFTS}/${encodeURIComponent(id)}`, body)
}

/** DELETE /api/v1/duty-shifts/{id} */
export function removeDutyShift(id: string): Promise<void> {
  return del(`${SHIFTS}/${encodeURIComponent(id)}`)
}
