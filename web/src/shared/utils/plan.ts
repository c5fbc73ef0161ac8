/** Site-plan geometry: points and polygons in a site's metres drawn on its calibrated plan, in pixels. */

/** An affine map from site metres to plan pixels: px = a·x + b·y + c, py = d·x + e·y + f. */
export interface MetreToPixel {
  a: number
  b: number
  c: number
  d: number
  e: number
  f: number
}

/** The vertices that have both coordinates, as pairs. */
function vertices(polygon: readonly (readonly number[])[]): [number, number][] {
  const pairs: [number, number][] = []
  for (const vertex of polygon) {
    const [x, y] = vertex
    if (x !== undefined && y !== undefined) pairs.push([x, y])
  }
  return pairs
}

/** A point in site metres in plan pixels (to 0.1). */
export function toPixel([x, y]: [number, number], affine: MetreToPixel): [number, number] {
  return [round(affine.a * x + affine.b * y + affine.c), round(affine.d * x + affine.e * y + affine.f)]
}

/** A point in plan pixels in site metres (to 0.1), through the calibration's pixel-to-metre map of the same shape. */
export function toMetre(pixel: [number, number], pixelToMetre: MetreToPixel): [number, number] {
  return toPixel(pixel, pixelToMetre)
}

/** A polygon in site metres as SVG points in plan pixels ("x,y x,y ..."). */
export function svgPoints(polygon: readonly (readonly number[])[], affine: MetreToPixel): string {
  return vertices(polygon)
    .map((vertex) => toPixel(vertex, affine).join(','))
    .join(' ')
}

/** The mean of a polygon's vertices in plan pixels, where its label goes. */
export function labelPoint(polygon: readonly (readonly number[])[], affine: MetreToPixel): [number, number] {
  const pairs = vertices(polygon)
  if (pairs.length === 0) return [0, 0]
  const sum = pairs.reduce<[number, number]>((total, [x, y]) => [total[0] + x, total[1] + y], [0, 0])
  return toPixel([sum[0] / pairs.length, sum[1] / pairs.length], affine)
}

const round = (value: number): number => Math.round(value * 10) / 10

/** Where a point in plan pixels lies, in percent of the plan, as a marker's CSS position (it stays put as the image scales). */
export function planPercent(px: number, py: number, plan: { widthPx: number; heightPx: number }): Record<string, string> {
  return { left: `${(px / plan.widthPx) * 100}%`, top: `${(py / plan.heightPx) * 100}%` }
}
