import { get, post } from '@/shared/http'
import type { Classification, ClassifyRequest, FormField, SafetyMeasure, WorkType } from './types/rules'

/** POST /api/v1/permits/rules/classify — grade planned work under GB 30871-2022 (nothing is stored) */
export function classifyWork(facts: ClassifyRequest): Promise<Classification> {
  return post<Classification, ClassifyRequest>('/api/v1/permits/rules/classify', facts)
}

/** GET /api/v1/permits/rules/safety-measures?type= — the type's checklist of Appendix A, in the form's order */
export function listSafetyMeasures(type: WorkType): Promise<SafetyMeasure[]> {
  return get<SafetyMeasure[], { type: WorkType }>('/api/v1/permits/rules/safety-measures', { type })
}

/** GET /api/v1/permits/rules/form-fields?type= — the type's Appendix A form fields an application gives in details */
export function listFormFields(type: WorkType): Promise<FormField[]> {
  return get<FormField[], { type: WorkType }>('/api/v1/permits/rules/form-fields', { type })
}
