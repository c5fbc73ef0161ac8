import { del, get, post, put } from '@/shared/http'
import type {
  RiskBandSetting,
  RiskBandsRequest,
  RiskCalculationRequest,
  RiskCalculationResult,
  RiskMethod,
  RiskMethodTables
} from './types/assessment'

const ASSESSMENTS = '/api/v1/risk-assessments'

/** GET /api/v1/risk-assessments/methods — every method's factor tables (value and meaning) and default bands */
export function listRiskMethods(): Promise<RiskMethodTables[]> {
  return get<RiskMethodTables[]>(`${ASSESSMENTS}/methods`)
}

/** POST /api/v1/risk-assessments/calculate — score, level, colour and band; nothing is stored */
export function calculateRisk(request: RiskCalculationRequest): Promise<RiskCalculationResult> {
  return post<RiskCalculationResult, RiskCalculationRequest>(`${ASSESSMENTS}/calculate`, request)
}

/** GET /api/v1/risk-bands/{method} — the bands the caller's enterprise grades the method by */
export function getRiskBands(method: RiskMethod): Promise<RiskBandSetting> {
  return get<RiskBandSetting>(`/api/v1/risk-bands/${method}`)
}

/** PUT /api/v1/risk-bands/{method} — the enterprise's own bands (one per level, falling bounds, none on LOW) */
export function setRiskBands(method: RiskMethod, body: RiskBandsRequest): Promise<RiskBandSetting> {
  return put<RiskBandSetting, RiskBandsRequest>(`/api/v1/risk-bands/${method}`, body)
}

/** DELETE /api/v1/risk-bands/{method} — back to the platform's defaults */
export function resetRiskBands(method: RiskMethod): Promise<RiskBandSetting> {
  return del<RiskBandSetting>(`/api/v1/risk-bands/${method}`)
}
