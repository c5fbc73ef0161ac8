import type { AreaRequest, MetrePoint, ReferencePoint, Site } from '@/modules/enterprise/api/types/site'
import { latLngToMetre, pixelToLatLng, type Pair } from './transform'
import type { AreaFormModel, CalibrationDraftPoint } from './types'

/* Pure helpers of the site plan: pixels and metres, calibration drafts, the area request (unit-tested). */

/** Plan pixels → metres through the calibration's pixel → metre transform. */
export function pixelsToMetres(site: Pick<Site, 'calibration'>, vertices: readonly Pair[]): MetrePoint[] {
  const calibration = site.calibration
  if (!calibration) return []
  return vertices.map(([px, py]) => {
    const [lat, lng] = pixelToLatLng(px, py)
    return latLngToMetre(calibration.pixelToMetre, lat, lng)
  })
}

/** A complete calibration draft as the request's two points, or null while something is missing. */
export function toReferencePoints(draft: readonly CalibrationDraftPoint[]): [ReferencePoint, ReferencePoint] | null {
  const points: ReferencePoint[] = []
  for (const point of draft) {
    const { pixelX, pixelY, x, y } = point
    if (pixelX === null || pixelY === null || x === null || y === null) return null
    if (![pixelX, pixelY, x, y].every(Number.isFinite)) return null
    points.push({ pixelX, pixelY, x, y })
  }
  const [first, second] = points
  return first && second && points.length === 2 ? [first, second] : null
}

/** Which reference point a click on the plan sets: the first unset one, else the nearer one. */
export function pointToSet(draft: readonly CalibrationDraftPoint[], pixelX: number, pixelY: number): number {
  const unset = draft.findIndex((point) => point.pixelX === null || point.pixelY === null)
  if (unset >= 0) return unset
  const distance = (point: CalibrationDraftPoint): number => Math.hypot((point.pixelX ?? 0) - pixelX, (point.pixelY ?? 0) - pixelY)
  const [first, second] = draft
  return first && second && distance(second) < distance(first) ? 1 : 0
}

/** Rounds a picked pixel to a tenth, which is finer than anyone clicks. */
export function roundPixel(value: number): number {
  return Math.round(value * 10) / 10
}

export function emptyDraftPoint(): CalibrationDraftPoint {
  return { pixelX: null, pixelY: null, x: null, y: null }
}

export function toAreaRequest(model: AreaFormModel, polygon: MetrePoint[]): AreaRequest | null {
  if (model.kind === '') return null
  return {
    name: model.name.trim(),
    kind: model.kind,
    fireExplosionHazard: model.fireExplosionHazard,
    polygon: polygon.map(([x, y]) => [Math.round(x * 1000) / 1000, Math.round(y * 1000) / 1000])
  }
}
