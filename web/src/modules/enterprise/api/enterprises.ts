import { get } from '@/shared/http'
import type { Page } from '@/shared/api/types/common'
import type { Enterprise, EnterpriseQuery } from './types/enterprise'

const BASE = '/api/v1/enterprises'

/** GET /api/v1/enterprises?q=&regionCode=&page=&size= */
export function listEnterprises(query: EnterpriseQuery = {}): Promise<Page<Enterprise>> {
  return get<Page<Enterprise>, EnterpriseQuery>(BASE, query)
}

/** GET /api/v1/enterprises/{id} */
export function getEnterprise(id: string): Promise<Enterprise> {
  return get<Enterprise>(`${BASE}/${encodeURIComponent(id)}`)
}
