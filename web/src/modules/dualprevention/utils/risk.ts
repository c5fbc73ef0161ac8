import { LEVEL_COLORS, formatDecimal } from '@/modules/majorhazard/utils/calculation'
import type {
  AppliedRiskBand,
  RiskCalculationRequest,
  RiskColour,
  RiskFactor,
  RiskLevel,
  RiskMethod,
  RiskMethodTables
} from '../api/types/assessment'

/** The four colours (§4) drawn as the major hazard levels' tag colours: red, orange, yellow, blue. */
export const RISK_COLOURS: Record<RiskColour, { background: string; text: string }> = {
  RED: LEVEL_COLORS[1],
  ORANGE: LEVEL_COLORS[2],
  YELLOW: LEVEL_COLORS[3],
  BLUE: LEVEL_COLORS[4]
}

/** Each level's colour (§4), as the server pairs them. */
export const LEVEL_COLOUR: Record<RiskLevel, RiskColour> = { MAJOR: 'RED', HIGH: 'ORANGE', MEDIUM: 'YELLOW', LOW: 'BLUE' }

/** The factor values chosen in a form, by factor. */
export type FactorValues = Partial<Record<RiskFactor, number>>

/** The factors a method multiplies, in the order of its tables (LEC: l, e, c; LS: l, s; MES: m, e, s). */
export function factorsOf(tables: readonly RiskMethodTables[], method: RiskMethod): RiskFactor[] {
  return tables.find((entry) => entry.method === method)?.factors.map((table) => table.factor) ?? []
}

/** The request for a method: only its own factors are sent, a missing one as null (the server names it). */
export function toCalculationRequest(method: RiskMethod, factors: readonly RiskFactor[], values: FactorValues): RiskCalculationRequest {
  const request: RiskCalculationRequest = { method }
  for (const factor of factors) request[factor] = values[factor] ?? null
  return request
}

/** A band as an inequality over the score: `70 ≤ D < 160`, `D > 320`, `R ≤ 50`. */
export function bandText(scoreName: string, band: Pick<AppliedRiskBand, 'min' | 'max' | 'minInclusive' | 'maxInclusive'>): string {
  const lower = band.min == null ? '' : `${formatDecimal(band.min)} ${band.minInclusive ? '≤' : '<'} `
  const upper = band.max == null ? '' : ` ${band.maxInclusive ? '≤' : '<'} ${formatDecimal(band.max)}`
  if (band.min != null && band.max == null) return `${scoreName} ${band.minInclusive ? '≥' : '>'} ${formatDecimal(band.min)}`
  return `${lower}${scoreName}${upper}`
}

/**
 * A method's default bands (one lower bound per level, most severe first) as ranges: each band ends where the more
 * severe one starts, on the other side of the same boundary.
 */
export function bandRanges(tables: Pick<RiskMethodTables, 'defaultBands'>): AppliedRiskBand[] {
  return tables.defaultBands.map((band, index) => {
    const above = index > 0 ? tables.defaultBands[index - 1] : undefined
    return {
      level: band.level,
      min: band.lowerBound ?? null,
      minInclusive: band.lowerInclusive,
      max: above?.lowerBound ?? null,
      maxInclusive: above ? !above.lowerInclusive : false
    }
  })
}
