import type { PageQuery } from '@/shared/api/types/common'
import { allOf, type Schemas } from '@/shared/api/schemas'

export type Site = Schemas['SiteView']
export type SitePlan = Schemas['Plan']
export type SiteCalibration = Schemas['Calibration']
/** `x' = a·x + b·y + c`, `y' = d·x + e·y + f`. */
export type Affine = Schemas['Affine']
/** A reference point: on the plan (pixels, origin top left, y down) and on the ground (local metres, x east, y north). */
export type ReferencePoint = Schemas['Point']
/** Body of POST /api/v1/sites; only platform and region users name the enterprise. */
export type CreateSiteRequest = Schemas['SiteRequest']
export type RenameSiteRequest = Schemas['SiteNameRequest']
/** Two reference points. */
export type CalibrationRequest = Schemas['CalibrationRequest']

export type Area = Schemas['AreaView']
export type AreaRequest = Schemas['AreaRequest']
/** What an area of a site is used for. */
export type AreaKind = Area['kind']

export const AREA_KINDS = allOf<AreaKind>()(['PRODUCTION', 'STORAGE', 'LOADING', 'OFFICE', 'OTHER'])

/** `[x, y]` in local metres: how the pages' geometry reads the API's coordinate pairs. */
export type MetrePoint = [number, number]

export interface SiteQuery extends PageQuery {
  enterpriseId?: string
}
