import { get, post } from '@/shared/http'
import type { RiskCalculationRequest, RiskCalculationResult, RiskMethodTables } from './types/assessment'

const ASSESSMENTS = '/api/v1/risk-assessments'

/** GET /api/v1/risk-assessments/methods — every method's factor tables (value and meaning) and default bands */
export function listRiskMethods(): Promise<RiskMethodTables[]> {
  return get<RiskMethodTables[]>(`${ASSESSMENTS}/methods`)
}

/** POST /api/v1/risk-assessments/calculate — score, level, colour and band; nothing is stored */
export function calculateRisk(request: RiskCalculationRequest): Promise<RiskCalculationResult> {
  return post<RiskCalculationResult, RiskCalculationRequest>(`${ASSESSMENTS}/calculate`, request)
}
