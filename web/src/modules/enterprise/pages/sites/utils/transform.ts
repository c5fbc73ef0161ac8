import type { Affine, AreaKind, MetrePoint, ReferencePoint } from '@/modules/enterprise/api/types/site'

/*
 * Coordinates on the site plan page:
 *  - pixels on the plan image: origin top left, y down (what the server calibrates against);
 *  - Leaflet CRS.Simple lat/lng: the image overlay spans [[-height, 0], [0, width]], so lat = -pixelY, lng = pixelX;
 *  - local metres: x east, y north (what areas are stored in).
 * The server answers both transform directions with the calibration; the helpers here apply them, and mirror the
 * server's calibration to preview a scale before saving.
 */

/** Same limits as the server (PlanCalibration). */
export const MIN_PIXEL_DISTANCE = 10
export const MIN_METRES_PER_PIXEL = 0.001
export const MAX_METRES_PER_PIXEL = 100
export const MAX_VERTICES = 500

export type Pair = [number, number]

export function applyAffine(t: Affine, x: number, y: number): Pair {
  return [t.a * x + t.b * y + t.c, t.d * x + t.e * y + t.f]
}

/** Plan pixel → Leaflet CRS.Simple [lat, lng]. */
export function pixelToLatLng(pixelX: number, pixelY: number): Pair {
  return [-pixelY, pixelX]
}

/** Leaflet CRS.Simple [lat, lng] → plan pixel. */
export function latLngToPixel(lat: number, lng: number): Pair {
  return [lng, -lat]
}

/**
 * An area's coordinate pair from the API (`[x, y]` in local metres) as a point; the platform validates every pair,
 * so a pair of another length is a broken answer and fails loudly rather than drawing at the origin.
 */
export function toMetrePoint(pair: readonly number[]): MetrePoint {
  const [x, y] = pair
  if (pair.length !== 2 || x === undefined || y === undefined) throw new Error(`not an [x, y] pair: ${JSON.stringify(pair)}`)
  return [x, y]
}

/** Local metres → Leaflet [lat, lng] through the calibration's metre → pixel transform. */
export function metreToLatLng(metreToPixel: Affine, point: MetrePoint): Pair {
  const [px, py] = applyAffine(metreToPixel, point[0], point[1])
  return pixelToLatLng(px, py)
}

/** Leaflet [lat, lng] → local metres through the calibration's pixel → metre transform. */
export function latLngToMetre(pixelToMetre: Affine, lat: number, lng: number): MetrePoint {
  const [px, py] = latLngToPixel(lat, lng)
  const [x, y] = applyAffine(pixelToMetre, px, py)
  return [x, y]
}

export interface CalibrationPreview {
  metresPerPixel: number
  rotationDeg: number
  pixelToMetre: Affine
  metreToPixel: Affine
}

export type CalibrationProblem =
  'not-finite' | 'outside-image' | 'coincident-pixels' | 'coincident-metres' | 'pixels-too-close' | 'scale-out-of-range'

/**
 * The similarity transform fixed by two reference points, as the server computes it: with p = px + i·py and
 * m = x + i·y, m = a·conj(p) + b (the conjugate flips the plan's downward y).
 */
export function computeCalibration(
  first: ReferencePoint,
  second: ReferencePoint,
  widthPx: number,
  heightPx: number
): CalibrationPreview | CalibrationProblem {
  for (const point of [first, second]) {
    if (![point.pixelX, point.pixelY, point.x, point.y].every(Number.isFinite)) return 'not-finite'
    if (point.pixelX < 0 || point.pixelX > widthPx || point.pixelY < 0 || point.pixelY > heightPx) return 'outside-image'
  }
  const du = second.pixelX - first.pixelX
  const dw = -(second.pixelY - first.pixelY)
  const dx = second.x - first.x
  const dy = second.y - first.y
  const pixelDistance = Math.hypot(du, dw)
  const metreDistance = Math.hypot(dx, dy)
  if (pixelDistance === 0) return 'coincident-pixels'
  if (metreDistance === 0) return 'coincident-metres'
  if (pixelDistance < MIN_PIXEL_DISTANCE) return 'pixels-too-close'
  const scale = metreDistance / pixelDistance
  if (!(scale >= MIN_METRES_PER_PIXEL && scale <= MAX_METRES_PER_PIXEL)) return 'scale-out-of-range'
  const norm = du * du + dw * dw
  const ar = (dx * du + dy * dw) / norm
  const ai = (dy * du - dx * dw) / norm
  const br = first.x - (ar * first.pixelX + ai * first.pixelY)
  const bi = first.y - (ai * first.pixelX - ar * first.pixelY)
  const s2 = ar * ar + ai * ai
  const a = ar / s2
  const b = ai / s2
  let rotationDeg = (Math.atan2(ai, ar) * 180) / Math.PI
  if (rotationDeg === -180) rotationDeg = 180
  return {
    metresPerPixel: Math.hypot(ar, ai),
    rotationDeg,
    pixelToMetre: { a: ar, b: ai, c: br, d: ai, e: -ar, f: bi },
    metreToPixel: { a, b, c: -(a * br + b * bi), d: b, e: -a, f: -(b * br - a * bi) }
  }
}

export function isCalibrationProblem(value: CalibrationPreview | CalibrationProblem): value is CalibrationProblem {
  return typeof value === 'string'
}

/** Area of a ring (shoelace formula), in the square of its unit; open or closed rings alike. */
export function polygonArea(points: readonly MetrePoint[]): number {
  let twice = 0
  for (let i = 0; i < points.length; i++) {
    const [x1, y1] = points[i] ?? [0, 0]
    const [x2, y2] = points[(i + 1) % points.length] ?? [0, 0]
    twice += x1 * y2 - x2 * y1
  }
  return Math.abs(twice) / 2
}

function orientation(p: MetrePoint, q: MetrePoint, r: MetrePoint): number {
  const value = (q[1] - p[1]) * (r[0] - q[0]) - (q[0] - p[0]) * (r[1] - q[1])
  return value === 0 ? 0 : value > 0 ? 1 : 2
}

function onSegment(p: MetrePoint, q: MetrePoint, r: MetrePoint): boolean {
  return q[0] <= Math.max(p[0], r[0]) && q[0] >= Math.min(p[0], r[0]) && q[1] <= Math.max(p[1], r[1]) && q[1] >= Math.min(p[1], r[1])
}

/** Whether segments p1–q1 and p2–q2 meet (touching included). */
export function segmentsIntersect(p1: MetrePoint, q1: MetrePoint, p2: MetrePoint, q2: MetrePoint): boolean {
  const o1 = orientation(p1, q1, p2)
  const o2 = orientation(p1, q1, q2)
  const o3 = orientation(p2, q2, p1)
  const o4 = orientation(p2, q2, q1)
  if (o1 !== o2 && o3 !== o4) return true
  if (o1 === 0 && onSegment(p1, p2, q1)) return true
  if (o2 === 0 && onSegment(p1, q2, q1)) return true
  if (o3 === 0 && onSegment(p2, p1, q2)) return true
  if (o4 === 0 && onSegment(p2, q1, q2)) return true
  return false
}

/**
 * Whether the closed ring crosses or touches itself anywhere but at the shared vertex of neighbouring edges
 * (a quick check while drawing; the server decides with JTS).
 */
export function selfIntersects(points: readonly MetrePoint[]): boolean {
  const n = points.length
  if (n < 4) {
    // a triangle cannot cross itself, but its corners may be collinear
    return n === 3 && polygonArea(points) === 0
  }
  const at = (i: number): MetrePoint => points[i % n] ?? [0, 0]
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const neighbours = j === i + 1 || (i === 0 && j === n - 1)
      if (neighbours) continue
      if (segmentsIntersect(at(i), at(i + 1), at(j), at(j + 1))) return true
    }
  }
  return false
}

/** Fill colour of an area by its kind. */
export const KIND_COLORS: Record<AreaKind, string> = {
  PRODUCTION: '#e6a23c',
  STORAGE: '#409eff',
  LOADING: '#9b59b6',
  OFFICE: '#67c23a',
  OTHER: '#909399'
}

/** Border of fire/explosion hazard areas. */
export const HAZARD_COLOR = '#d93025'

export const MAX_PLAN_BYTES = 10 * 1024 * 1024

/** PNG or JPEG by the first bytes, as the server decides; null for anything else. */
export function sniffImage(head: Uint8Array): 'image/png' | 'image/jpeg' | null {
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
  if (head.length >= png.length && png.every((byte, i) => head[i] === byte)) return 'image/png'
  if (head.length >= 3 && head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'image/jpeg'
  return null
}

/** Rounds for display: up to `digits` decimals, no trailing zeros. */
export function round(value: number, digits = 2): string {
  if (!Number.isFinite(value)) return ''
  const factor = 10 ** digits
  return String(Math.round(value * factor) / factor)
}
