import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { areaLocale, type Messages } from './support/locales'
import { AREA_KINDS, type Affine, type ReferencePoint, type Site } from '@/modules/enterprise/api/types/site'
import {
  applyAffine,
  computeCalibration,
  isCalibrationProblem,
  latLngToMetre,
  latLngToPixel,
  metreToLatLng,
  pixelToLatLng,
  polygonArea,
  round,
  segmentsIntersect,
  selfIntersects,
  sniffImage,
  type CalibrationPreview
} from '@/modules/enterprise/pages/sites/utils/transform'
import {
  emptyDraftPoint,
  pixelsToMetres,
  pointToSet,
  roundPixel,
  toAreaRequest,
  toReferencePoints
} from '@/modules/enterprise/pages/sites/utils/geometry'
import { isValidName } from '@/modules/enterprise/pages/sites/utils/rule'

const point = (pixelX: number, pixelY: number, x: number, y: number): ReferencePoint => ({ pixelX, pixelY, x, y })

function calibrate(first: ReferencePoint, second: ReferencePoint, width = 1000, height = 800): CalibrationPreview {
  const result = computeCalibration(first, second, width, height)
  if (isCalibrationProblem(result)) throw new Error(result)
  return result
}

function expectAffine(actual: Affine, expected: Affine): void {
  for (const key of ['a', 'b', 'c', 'd', 'e', 'f'] as const) {
    expect(actual[key], key).toBeCloseTo(expected[key], 9)
  }
}

function expectPair(actual: readonly number[], expected: readonly number[], digits = 9): void {
  expect(actual[0]).toBeCloseTo(expected[0] ?? NaN, digits)
  expect(actual[1]).toBeCloseTo(expected[1] ?? NaN, digits)
}

describe('plan calibration (same math as the server)', () => {
  it('flips y and scales a plan drawn north up', () => {
    // 1 px = 0.5 m; pixel (0, 0) lies at (100 m, 200 m)
    const c = calibrate(point(0, 0, 100, 200), point(200, 100, 200, 150))
    expect(c.metresPerPixel).toBeCloseTo(0.5, 12)
    expect(c.rotationDeg).toBeCloseTo(0, 12)
    expectAffine(c.pixelToMetre, { a: 0.5, b: 0, c: 100, d: 0, e: -0.5, f: 200 })
    expectAffine(c.metreToPixel, { a: 2, b: 0, c: -200, d: 0, e: -2, f: 400 })
    expectPair(applyAffine(c.pixelToMetre, 10, 20), [105, 190])
    expectPair(applyAffine(c.metreToPixel, 105, 190), [10, 20])
  })

  it('turns a plan with north to the right by 90 degrees', () => {
    const c = calibrate(point(0, 0, 0, 0), point(100, 0, 0, 100), 500, 500)
    expect(c.rotationDeg).toBeCloseTo(90, 12)
    expect(c.metresPerPixel).toBeCloseTo(1, 12)
    // down on the plan is east
    expectPair(applyAffine(c.pixelToMetre, 0, 100), [100, 0])
    expectPair(applyAffine(c.metreToPixel, 40, 30), [30, 40])
  })

  it('answers 180 (not -180) for an upside-down plan', () => {
    const c = calibrate(point(10, 10, 0, 0), point(110, 10, -200, 0), 500, 500)
    expect(c.rotationDeg).toBeCloseTo(180, 12)
    expect(c.metresPerPixel).toBeCloseTo(2, 12)
  })

  it('round-trips pixels through metres at odd angles and scales', () => {
    const cases: [ReferencePoint, ReferencePoint][] = [
      [point(123.4, 567.8, -1500.25, 8000.5), point(987.6, 54.3, -1234.5, 8777.75)],
      [point(0, 0, 50_000, -50_000), point(900, 700, 50_010, -49_995)],
      [point(5, 795, 0, 0), point(995, 5, 98_000, 2_000)]
    ]
    for (const [first, second] of cases) {
      const c = calibrate(first, second)
      for (const [px, py] of [
        [0, 0],
        [1000, 800],
        [33.3, 777.7],
        [500, 400]
      ] as const) {
        const [x, y] = applyAffine(c.pixelToMetre, px, py)
        expectPair(applyAffine(c.metreToPixel, x, y), [px, py], 6)
      }
      expectPair(applyAffine(c.pixelToMetre, first.pixelX, first.pixelY), [first.x, first.y], 6)
      expectPair(applyAffine(c.pixelToMetre, second.pixelX, second.pixelY), [second.x, second.y], 6)
    }
  })

  it('refuses what the server refuses', () => {
    const origin = point(0, 0, 0, 0)
    expect(computeCalibration(origin, point(0, 0, 10, 10), 1000, 1000)).toBe('coincident-pixels')
    expect(computeCalibration(origin, point(100, 0, 0, 0), 1000, 1000)).toBe('coincident-metres')
    expect(computeCalibration(origin, point(6, 7, 10, 10), 1000, 1000)).toBe('pixels-too-close')
    expect(computeCalibration(origin, point(1001, 0, 10, 10), 1000, 1000)).toBe('outside-image')
    expect(computeCalibration(origin, point(100, 0, Number.NaN, 0), 1000, 1000)).toBe('not-finite')
    expect(computeCalibration(origin, point(100, 0, 0.001, 0), 1000, 1000)).toBe('scale-out-of-range')
    expect(computeCalibration(origin, point(100, 0, 20_000, 0), 1000, 1000)).toBe('scale-out-of-range')
  })
})

describe('plan ↔ Leaflet ↔ metres', () => {
  it('maps plan pixels to CRS.Simple lat/lng with y flipped', () => {
    expect(pixelToLatLng(30, 40)).toEqual([-40, 30])
    expect(latLngToPixel(-40, 30)).toEqual([30, 40])
  })

  it('places metre geometry on the plan and back', () => {
    const c = calibrate(point(0, 0, 100, 200), point(200, 100, 200, 150))
    const [lat, lng] = metreToLatLng(c.metreToPixel, [105, 190])
    expectPair([lat, lng], [-20, 10])
    expectPair(latLngToMetre(c.pixelToMetre, lat, lng), [105, 190])
  })

  it('turns drawn pixels into metres with the site calibration', () => {
    const c = calibrate(point(0, 0, 0, 0), point(100, 0, 0, 100), 500, 500)
    const site = { calibration: { ...c, points: [] } } as Pick<Site, 'calibration'>
    const metres = pixelsToMetres(site, [
      [0, 0],
      [10, 0],
      [10, 20]
    ])
    expectPair(metres[1] ?? [], [0, 10])
    expectPair(metres[2] ?? [], [20, 10])
    expect(pixelsToMetres({ calibration: null }, [[1, 1]])).toEqual([])
  })
})

describe('polygons while drawing', () => {
  it('computes the area of open and closed rings in either orientation', () => {
    expect(
      polygonArea([
        [0, 0],
        [40, 0],
        [40, 25],
        [0, 25]
      ])
    ).toBe(1000)
    expect(
      polygonArea([
        [0, 0],
        [0, 25],
        [40, 25],
        [40, 0],
        [0, 0]
      ])
    ).toBe(1000)
    expect(
      polygonArea([
        [0, 0],
        [10, 0]
      ])
    ).toBe(0)
  })

  it('spots self-intersecting outlines', () => {
    expect(
      selfIntersects([
        [0, 0],
        [10, 10],
        [10, 0],
        [0, 10]
      ])
    ).toBe(true) // bow-tie
    expect(
      selfIntersects([
        [0, 0],
        [10, 0],
        [10, 10],
        [0, 10]
      ])
    ).toBe(false)
    expect(
      selfIntersects([
        [0, 0],
        [20, 0],
        [20, 10],
        [10, 10],
        [10, 20],
        [0, 20]
      ])
    ).toBe(false) // L shape
    expect(
      selfIntersects([
        [0, 0],
        [10, 0],
        [20, 0]
      ])
    ).toBe(true) // collinear, no inside
    expect(
      selfIntersects([
        [0, 0],
        [20, 0],
        [20, 20],
        [10, 0],
        [0, 20]
      ])
    ).toBe(true) // touches itself
    expect(segmentsIntersect([0, 0], [10, 0], [5, -5], [5, 5])).toBe(true)
    expect(segmentsIntersect([0, 0], [10, 0], [11, -5], [11, 5])).toBe(false)
  })
})

describe('page helpers', () => {
  it('builds the calibration request only when complete', () => {
    const draft = [emptyDraftPoint(), emptyDraftPoint()]
    expect(toReferencePoints(draft)).toBeNull()
    Object.assign(draft[0] ?? {}, { pixelX: 1, pixelY: 2, x: 3, y: 4 })
    Object.assign(draft[1] ?? {}, { pixelX: 100, pixelY: 2, x: 30, y: null })
    expect(toReferencePoints(draft)).toBeNull()
    Object.assign(draft[1] ?? {}, { y: 4 })
    expect(toReferencePoints(draft)).toEqual([point(1, 2, 3, 4), point(100, 2, 30, 4)])
  })

  it('sets the first unset reference point, then the nearer one', () => {
    const draft = [emptyDraftPoint(), emptyDraftPoint()]
    expect(pointToSet(draft, 5, 5)).toBe(0)
    Object.assign(draft[0] ?? {}, { pixelX: 0, pixelY: 0 })
    expect(pointToSet(draft, 5, 5)).toBe(1)
    Object.assign(draft[1] ?? {}, { pixelX: 100, pixelY: 100 })
    expect(pointToSet(draft, 90, 95)).toBe(1)
    expect(pointToSet(draft, 10, 5)).toBe(0)
    expect(roundPixel(12.3456)).toBe(12.3)
  })

  it('builds area requests with trimmed names and millimetre coordinates', () => {
    expect(
      toAreaRequest({ name: ' 罐区 ', kind: 'STORAGE', fireExplosionHazard: true }, [
        [1.23456, 2],
        [3, 4],
        [5, 6.0004]
      ])
    ).toEqual({
      name: '罐区',
      kind: 'STORAGE',
      fireExplosionHazard: true,
      polygon: [
        [1.235, 2],
        [3, 4],
        [5, 6]
      ]
    })
    expect(toAreaRequest({ name: 'x', kind: '', fireExplosionHazard: false }, [])).toBeNull()
    expect(isValidName('  ')).toBe(false)
    expect(isValidName('一厂区')).toBe(true)
    expect(isValidName('x'.repeat(65))).toBe(false)
  })

  it('recognises PNG and JPEG by their first bytes', () => {
    expect(sniffImage(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe('image/png')
    expect(sniffImage(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg')
    expect(sniffImage(new Uint8Array([0x47, 0x49, 0x46, 0x38]))).toBeNull() // GIF8
    expect(sniffImage(new Uint8Array([]))).toBeNull()
    expect(round(0.123456, 4)).toBe('0.1235')
    expect(round(Number.NaN)).toBe('')
  })
})

describe('site locale files', () => {
  const flatten = (messages: Messages, prefix = ''): Map<string, string> => {
    const result = new Map<string, string>()
    for (const [key, value] of Object.entries(messages)) {
      const path = prefix ? `${prefix}.${key}` : key
      if (typeof value === 'string') result.set(path, value)
      else for (const [k, v] of flatten(value, path)) result.set(k, v)
    }
    return result
  }
  const zh = flatten(areaLocale('enterprise', 'site', 'zh-CN'))
  const en = flatten(areaLocale('enterprise', 'site', 'en'))

  it('have the same keys, all under site', () => {
    expect([...zh.keys()].sort()).toEqual([...en.keys()].sort())
    expect([...zh.keys()].every((key) => key.startsWith('site.'))).toBe(true)
  })

  it('name every area kind', () => {
    for (const kind of AREA_KINDS) {
      expect(zh.has(`site.kind.${kind}`)).toBe(true)
      expect(en.has(`site.kind.${kind}`)).toBe(true)
    }
    expect(zh.get('site.menu')).toBe('厂区平面图')
  })

  it('use every key the page uses', () => {
    const dir = join(__dirname, '..', 'src', 'modules', 'enterprise', 'pages', 'sites')
    const files = ['index.vue', 'form.vue', 'utils/useSites.ts', 'utils/usePlanEditing.ts', 'utils/useAreaForm.ts'].map((file) =>
      readFileSync(join(dir, file), 'utf8')
    )
    const missing: string[] = []
    for (const text of files) {
      for (const match of text.matchAll(/\bt\(\s*'(site\.[A-Za-z0-9_.-]+)'/g)) {
        if (!zh.has(match[1] ?? '')) missing.push(match[1] ?? '')
      }
    }
    expect(missing).toEqual([])
  })
})
