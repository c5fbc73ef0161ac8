import { allOf, type Schemas } from '@/shared/api/schemas'
import type { PageQuery } from '@/shared/api/types/common'

/** A point (tag), its latest value, one of its series, and a points import's summary. */
export type Point = Schemas['PointView']
export type PointRequest = Schemas['PointRequest']
export type LinkedObjectKind = NonNullable<Point['linkedObject']>['kind']
export type IndicatorType = Point['indicatorType']
export type LatestValue = Schemas['LatestView']
export type Series = Schemas['SeriesView']
export type SeriesEntry = Series['samples'][number]
export type PointImportSummary = Schemas['PointImportSummary']
export type Resolution = 'raw' | '1m' | '1h'

export const INDICATOR_TYPES = allOf<IndicatorType>()([
  'LEVEL',
  'TEMPERATURE',
  'PRESSURE',
  'FLOW',
  'COMBUSTIBLE_GAS',
  'TOXIC_GAS',
  'OXYGEN',
  'SWITCH',
  'OTHER'
])

/** GET /api/v1/points query (written here: the document nests the search and paging). */
export interface PointQuery extends PageQuery {
  q?: string
  indicatorType?: IndicatorType
  enterpriseId?: string
}
