/**
 * Display helpers for the GB 18218-2018 calculation, written out the way an inspector checks it by hand:
 * S = Σ q/Q (4.2.1), R = α · Σ β·q/Q (4.3.2), α from Table 5, the level from Table 6. The server decides on exact
 * values and sends decimals truncated to 4 places; these helpers only lay the numbers out.
 */
import type { AccountableRole, AssessedSubstance, MajorHazardLevel } from '@/modules/majorhazard/api/types/majorHazard'

/** A number without trailing zeros, at most `maxDecimals` decimals (the server sends at most 4). */
export function formatDecimal(value: number | null | undefined, maxDecimals = 4): string {
  if (value === null || value === undefined || Number.isNaN(value)) return ''
  const fixed = value.toFixed(maxDecimals)
  return fixed.includes('.') ? fixed.replace(/0+$/, '').replace(/\.$/, '') : fixed
}

/** Table 6 row: the level and the R range it covers, lower bound inclusive. */
export interface LevelThreshold {
  level: MajorHazardLevel
  /** Lowest R of the level (inclusive); null for level 4 (R < 10). */
  min: number | null
  /** R must be below this (exclusive); null for level 1. */
  below: number | null
}

/** GB 18218-2018 Table 6, most severe first. A boundary value belongs to the more severe level. */
export const LEVEL_THRESHOLDS: readonly LevelThreshold[] = [
  { level: 1, min: 100, below: null },
  { level: 2, min: 50, below: 100 },
  { level: 3, min: 10, below: 50 },
  { level: 4, min: null, below: 10 }
]

/** The level for R (Table 6): R ≥ 100 level 1, 50 ≤ R < 100 level 2, 10 ≤ R < 50 level 3, R < 10 level 4; null without R. */
export function levelFromR(r: number | null | undefined): MajorHazardLevel | null {
  if (r === null || r === undefined || Number.isNaN(r)) return null
  for (const threshold of LEVEL_THRESHOLDS) {
    if (threshold.min === null || r >= threshold.min) return threshold.level
  }
  return 4
}

/** The inequality of a Table 6 row: "R ≥ 100", "50 ≤ R < 100", "R < 10". */
export function thresholdText(threshold: LevelThreshold): string {
  if (threshold.min !== null && threshold.below !== null) return `${threshold.min} ≤ R < ${threshold.below}`
  if (threshold.min !== null) return `R ≥ ${threshold.min}`
  return `R < ${threshold.below ?? 0}`
}

/** Table 5 band: permanent residents within 500 m outside the boundary → α. `max` null = no upper bound. */
export interface AlphaBand {
  min: number
  max: number | null
  alpha: number
}

/** GB 18218-2018 Table 5 (100 people count as "100 or more", α = 2.0). */
export const ALPHA_BANDS: readonly AlphaBand[] = [
  { min: 100, max: null, alpha: 2.0 },
  { min: 50, max: 99, alpha: 1.5 },
  { min: 30, max: 49, alpha: 1.2 },
  { min: 1, max: 29, alpha: 1.0 },
  { min: 0, max: 0, alpha: 0.5 }
]

/** The Table 5 band of a head count; null when the count is unknown or negative. */
export function alphaBand(people: number | null | undefined): AlphaBand | null {
  if (people === null || people === undefined || Number.isNaN(people) || people < 0) return null
  return ALPHA_BANDS.find((band) => people >= band.min && (band.max === null || people <= band.max)) ?? null
}

/** "0", "1–29", "100+" style text of a band. */
export function bandText(band: AlphaBand): string {
  if (band.max === null) return `≥ ${band.min}`
  if (band.min === band.max) return String(band.min)
  return `${band.min}–${band.max}`
}

/** "a + b + c" of the given terms; a single term stays as it is. */
function sum(terms: readonly string[]): string {
  return terms.join(' + ')
}

/**
 * S written out: "117.6/5 = 23.52", or with several substances "117.6/5 + 50/10 = 23.52 + 5 = 28.52". `total` is the
 * server's S (decided on exact values), which may differ in the last digit from the sum of truncated terms.
 */
export function sumRatioWritten(
  items: readonly Pick<AssessedSubstance, 'quantityTonnes' | 'criticalQuantityTonnes' | 'ratio'>[],
  total: number
): string {
  if (items.length === 0) return formatDecimal(total)
  const fractions = items.map((item) => `${formatDecimal(item.quantityTonnes)}/${formatDecimal(item.criticalQuantityTonnes)}`)
  const ratios = items.map((item) => formatDecimal(item.ratio))
  const parts = [sum(fractions)]
  if (items.length > 1) parts.push(sum(ratios))
  parts.push(formatDecimal(total))
  return parts.join(' = ')
}

/** Σ β·q/Q of the items; null when any β is missing. Rounded to 4 places against floating-point noise. */
export function weightedSum(items: readonly Pick<AssessedSubstance, 'weightedRatio'>[]): number | null {
  let total = 0
  for (const item of items) {
    if (item.weightedRatio == null) return null
    total += item.weightedRatio
  }
  return Math.round(total * 10_000) / 10_000
}

/**
 * Σ β·q/Q written out: "4 × 23.52 = 94.08", or "4 × 23.52 + 2 × 5 = 94.08 + 10 = 104.08"; '' when a β is missing.
 */
export function weightedSumWritten(items: readonly Pick<AssessedSubstance, 'beta' | 'ratio' | 'weightedRatio'>[]): string {
  const total = weightedSum(items)
  if (total === null || items.some((item) => item.beta === null)) return ''
  if (items.length === 0) return '0'
  const products = items.map((item) => `${formatDecimal(item.beta)} × ${formatDecimal(item.ratio)}`)
  const values = items.map((item) => formatDecimal(item.weightedRatio))
  const parts = [sum(products)]
  if (items.length > 1) parts.push(sum(values))
  parts.push(formatDecimal(total))
  return parts.join(' = ')
}

/** R written out: "1.2 × 94.08 = 112.896"; '' without α or R. */
export function rWritten(alpha: number | null, weighted: number | null, r: number | null): string {
  if (alpha === null || weighted === null || r === null) return ''
  return `${formatDecimal(alpha)} × ${formatDecimal(weighted)} = ${formatDecimal(r)}`
}

/** Element-free colour scheme of the level tags: level 1 red, level 2 orange, level 3 yellow, level 4 blue. */
export const LEVEL_COLORS: Record<MajorHazardLevel, { background: string; text: string }> = {
  1: { background: '#d93025', text: '#ffffff' },
  2: { background: '#f08c00', text: '#ffffff' },
  3: { background: '#f5c400', text: '#3d3000' },
  4: { background: '#1f6fd1', text: '#ffffff' }
}

/** The most severe level with a non-zero count (1 before 4); null when all are zero. */
export function mostSevereLevel(counts: { level1: number; level2: number; level3: number; level4: number }): MajorHazardLevel | null {
  if (counts.level1 > 0) return 1
  if (counts.level2 > 0) return 2
  if (counts.level3 > 0) return 3
  if (counts.level4 > 0) return 4
  return null
}

/** The roles of the accountability triple that `present` lacks, in the fixed order chief / technical / operations. */
export function missingRoles(present: readonly AccountableRole[]): AccountableRole[] {
  const roles: AccountableRole[] = ['CHIEF', 'TECHNICAL', 'OPERATIONS']
  return roles.filter((role) => !present.includes(role))
}
