import type { PageQuery } from '@/shared/api/types/common'

/** What an area of a site is used for. */
export type AreaKind = 'PRODUCTION' | 'STORAGE' | 'LOADING' | 'OFFICE' | 'OTHER'

export const AREA_KINDS: readonly AreaKind[] = ['PRODUCTION', 'STORAGE', 'LOADING', 'OFFICE', 'OTHER']

/** `x' = a·x + b·y + c`, `y' = d·x + e·y + f`. */
export interface Affine {
  a: number
  b: number
  c: number
  d: number
  e: number
  f: number
}

/** A reference point: on the plan (pixels, origin top left, y down) and on the ground (local metres, x east, y north). */
export interface ReferencePoint {
  pixelX: number
  pixelY: number
  x: number
  y: number
}

export interface SiteCalibration {
  points: ReferencePoint[]
  metresPerPixel: number
  /** Counter-clockwise angle from east to the plan's "right" (0 for a plan drawn north up). */
  rotationDeg: number
  pixelToMetre: Affine
  metreToPixel: Affine
}

export interface SitePlan {
  contentType: 'image/png' | 'image/jpeg'
  widthPx: number
  heightPx: number
  bytes: number
  /** SHA-256 of the image. */
  version: string
  uploadedAt: string
  /** GET this to show the image (versioned, cacheable). */
  url: string
}

export interface Site {
  id: string
  enterpriseId: string
  enterpriseName: string
  name: string
  plan: SitePlan | null
  calibration: SiteCalibration | null
  areaCount: number
  createdAt: string
}

export interface SiteQuery extends PageQuery {
  enterpriseId?: string
}

export interface CreateSiteRequest {
  /** Only platform administrators name it; enterprise users create sites of their own enterprise. */
  enterpriseId?: string
  name: string
}

export interface RenameSiteRequest {
  name: string
}

export interface CalibrationRequest {
  points: [ReferencePoint, ReferencePoint]
}

/** `[x, y]` in local metres. */
export type MetrePoint = [number, number]

export interface Area {
  id: string
  siteId: string
  enterpriseId: string
  name: string
  kind: AreaKind
  fireExplosionHazard: boolean
  /** Ring in local metres, not repeated. */
  polygon: MetrePoint[]
  areaM2: number
  /** A point inside the polygon for the label. */
  labelPoint: MetrePoint
}

export interface AreaRequest {
  name: string
  kind: AreaKind
  fireExplosionHazard: boolean
  polygon: MetrePoint[]
}
