import type { Schemas } from '@/shared/api/schemas'

/** The effectiveness score E = (A + B) x alpha of an enterprise over a period, with every input. */
export type EffectivenessScore = Schemas['EffectivenessScore']
/** One enterprise as a supervisor watches it: score, task completion, open hidden dangers. */
export type EnterpriseOverview = Schemas['EnterpriseOverview']
export type EffectivenessGrade = EffectivenessScore['grade']

/** GET /api/v1/dual-prevention/overview and /effectiveness: plant days, both included. */
export interface PeriodQuery {
  from: string
  to: string
  enterpriseId?: string
  regionCode?: string
}
