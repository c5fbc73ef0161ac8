import { get, post } from '@/shared/http'
import type { Classification, ClassifyRequest, SafetyMeasure, WorkType } from './types/rules'

/** POST /api/v1/permits/rules/classify — grade planned work under GB 30871-2022 (nothing is stored) */
export function classifyWork(facts: ClassifyRequest): Promise<Classification> {
  return post<Classification, ClassifyRequest>('/api/v1/permits/rules/classify', facts)
}

/** GET /api/v1/permits/rules/safety-measures?type= — the type's checklist of Appendix A, in the form's order */
export function listSafetyMeasures(type: WorkType): Promise<SafetyMeasure[]> {
  return get<SafetyMeasure[], { type: WorkType }>('/api/v1/permits/rules/safety-measures', { type })
}
