import type { Schemas } from '@/shared/api/schemas'

/** An enterprise's real-time overview, its cards and groups, and a live value as the stream pushes it. */
export type Overview = Schemas['OverviewView']
export type OverviewGroup = Overview['groups'][number]
export type OverviewCard = OverviewGroup['cards'][number]
export type LiveValue = Schemas['LiveValue']
export type PointState = LiveValue['state']
