import type { MajorHazardLevel } from '@/api/types/majorHazard'

export interface SourceFilter {
  /** Unit code or name, enterprise name. */
  q: string
  level: MajorHazardLevel | ''
  /** Chosen by supervisors; '' = whole scope. */
  enterpriseId: string
}
