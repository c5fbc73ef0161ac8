import { del, get, post, put } from '@/shared/http'
import type { Page } from '@/shared/api/types/common'
import type { Chemical, ChemicalQuery, ChemicalRequest, HazardCategory } from './types/chemical'

const BASE = '/api/v1/chemicals'

/** GET /api/v1/chemicals?q=&scope=REFERENCE|ENTERPRISE|ALL&enterpriseId=&page=&size= (exact matches first) */
export function listChemicals(query: ChemicalQuery = {}): Promise<Page<Chemical>> {
  return get<Page<Chemical>, ChemicalQuery>(BASE, query)
}

/** GET /api/v1/chemicals/{id} */
export function getChemical(id: string): Promise<Chemical> {
  return get<Chemical>(`${BASE}/${encodeURIComponent(id)}`)
}

/** GET /api/v1/chemicals/hazard-categories — GB 18218-2018 Table 2 */
export function listHazardCategories(): Promise<HazardCategory[]> {
  return get<HazardCategory[]>(`${BASE}/hazard-categories`)
}

/** POST /api/v1/chemicals → 201 */
export function createChemical(body: ChemicalRequest): Promise<Chemical> {
  return post<Chemical, ChemicalRequest>(BASE, body)
}

/** PUT /api/v1/chemicals/{id} (Table 1 rows are read-only: 422) */
export function updateChemical(id: string, body: ChemicalRequest): Promise<Chemical> {
  return put<Chemical, ChemicalRequest>(`${BASE}/${encodeURIComponent(id)}`, body)
}

/** DELETE /api/v1/chemicals/{id} → 204 */
export function deleteChemical(id: string): Promise<void> {
  return del(`${BASE}/${encodeURIComponent(id)}`)
}
