import type { Schemas } from '@/shared/api/schemas'

/** An enterprise's online rate of a day with its rank, and one point's data quality now. */
export type OnlineRate = Schemas['OnlineRateView']
export type PointQuality = Schemas['PointQualityRow']
export type OnlineRateDay = Schemas['OnlineRateDay']
