import { allOf, type Schemas } from '@/shared/api/schemas'
import type { PageQuery } from '@/shared/api/types/common'

/** A notice as the signed-in user received it; a delivery of a notice on one channel; a robot webhook. */
export type Notice = Schemas['NoticeView']
export type Delivery = Schemas['DeliveryView']
export type DeliveryChannel = Delivery['channel']
export type DeliveryStatus = Delivery['status']
export type Webhook = Schemas['Webhook']
export type WebhookRequest = Schemas['WebhookRequest']
export type WebhookFormat = Webhook['format']
export type DutyShift = Schemas['DutyShiftView']
export type DutyShiftRequest = Schemas['DutyShiftRequest']

export const DELIVERY_CHANNELS = allOf<DeliveryChannel>()(['BROWSER', 'EMAIL', 'SMS', 'WEBHOOK'])
export const DELIVERY_STATUSES = allOf<DeliveryStatus>()(['PENDING', 'DELIVERED', 'FAILED', 'NO_SESSION'])
export const WEBHOOK_FORMATS = allOf<WebhookFormat>()(['DINGTALK', 'WECOM', 'FEISHU', 'GENERIC'])

/** GET /api/v1/notification-deliveries query (written here: the document nests paging). */
export interface DeliveryQuery extends PageQuery {
  enterpriseId?: string
  channel?: DeliveryChannel
  status?: DeliveryStatus
  alarmId?: string
}
