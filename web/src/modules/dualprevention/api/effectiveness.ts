import { get } from '@/shared/http'
import type { EffectivenessScore, EnterpriseOverview, PeriodQuery } from './types/effectiveness'

/** GET /api/v1/dual-prevention/overview?from=&to=&regionCode= — the scope's enterprises, lowest score first */
export function dualPreventionOverview(query: PeriodQuery): Promise<EnterpriseOverview[]> {
  return get<EnterpriseOverview[], PeriodQuery>('/api/v1/dual-prevention/overview', query)
}

/** GET /api/v1/dual-prevention/effectiveness?enterpriseId=&from=&to= — one enterprise's score with every input */
export function effectivenessScore(query: PeriodQuery): Promise<EffectivenessScore> {
  return get<EffectivenessScore, PeriodQuery>('/api/v1/dual-prevention/effectiveness', query)
}
