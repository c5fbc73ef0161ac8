import type { MajorHazardLevel } from '@/modules/majorhazard/api/types/majorHazard'

export interface SourceFilter {
  /** Unit code or name, enterprise name. */
  q: string
  level: MajorHazardLevel | ''
  /** Chosen by supervisors; '' = whole scope. */
  enterpriseId: string
}
