import { post } from '@/shared/http'
import type { Classification, ClassifyRequest } from './types/rules'

/** POST /api/v1/permits/rules/classify — grade planned work under GB 30871-2022 (nothing is stored) */
export function classifyWork(facts: ClassifyRequest): Promise<Classification> {
  return post<Classification, ClassifyRequest>('/api/v1/permits/rules/classify', facts)
}
