import { del, get, post, put } from '@/shared/http'
import type { Page } from '@/shared/api/types/common'
import type {
  HazardousProcess,
  HazardUnit,
  InventoryItem,
  InventoryItemRequest,
  StatusChange,
  StatusChangeRequest,
  Tank,
  TankRequest,
  UnitQuery,
  UnitRequest
} from './types/unit'

const UNITS = '/api/v1/units'
const unitPath = (id: string): string => `${UNITS}/${encodeURIComponent(id)}`

/** GET /api/v1/units?enterpriseId=&kind=&q=&page=&size= */
export function listUnits(query: UnitQuery = {}): Promise<Page<HazardUnit>> {
  return get<Page<HazardUnit>, UnitQuery>(UNITS, query)
}

/** GET /api/v1/units/{id} */
export function getUnit(id: string): Promise<HazardUnit> {
  return get<HazardUnit>(unitPath(id))
}

/** POST /api/v1/units → 201 */
export function createUnit(body: UnitRequest): Promise<HazardUnit> {
  return post<HazardUnit, UnitRequest>(UNITS, body)
}

/** PUT /api/v1/units/{id} */
export function updateUnit(id: string, body: UnitRequest): Promise<HazardUnit> {
  return put<HazardUnit, UnitRequest>(unitPath(id), body)
}

/** DELETE /api/v1/units/{id} → 204 (with its tanks and inventory) */
export function deleteUnit(id: string): Promise<void> {
  return del(unitPath(id))
}

/** POST /api/v1/units/{id}/status — production units only */
export function changeUnitStatus(id: string, body: StatusChangeRequest): Promise<HazardUnit> {
  return post<HazardUnit, StatusChangeRequest>(`${unitPath(id)}/status`, body)
}

/** GET /api/v1/units/{id}/status-history */
export function getUnitStatusHistory(id: string): Promise<StatusChange[]> {
  return get<StatusChange[]>(`${unitPath(id)}/status-history`)
}

/** GET /api/v1/hazardous-processes */
export function listHazardousProcesses(): Promise<HazardousProcess[]> {
  return get<HazardousProcess[]>('/api/v1/hazardous-processes')
}

/** GET /api/v1/units/{id}/tanks */
export function listTanks(unitId: string): Promise<Tank[]> {
  return get<Tank[]>(`${unitPath(unitId)}/tanks`)
}

/** POST /api/v1/units/{id}/tanks → 201 */
export function createTank(unitId: string, body: TankRequest): Promise<Tank> {
  return post<Tank, TankRequest>(`${unitPath(unitId)}/tanks`, body)
}

/** PUT /api/v1/tanks/{id} */
export function updateTank(id: string, body: TankRequest): Promise<Tank> {
  return put<Tank, TankRequest>(`/api/v1/tanks/${encodeURIComponent(id)}`, body)
}

/** DELETE /api/v1/tanks/{id} → 204 */
export function deleteTank(id: string): Promise<void> {
  return del(`/api/v1/tanks/${encodeURIComponent(id)}`)
}

/** GET /api/v1/units/{id}/inventory */
export function listInventory(unitId: string): Promise<InventoryItem[]> {
  return get<InventoryItem[]>(`${unitPath(unitId)}/inventory`)
}

/** POST /api/v1/units/{id}/inventory → 201 */
export function createInventoryItem(unitId: string, body: InventoryItemRequest): Promise<InventoryItem> {
  return post<InventoryItem, InventoryItemRequest>(`${unitPath(unitId)}/inventory`, body)
}

/** PUT /api/v1/inventory-items/{id} (the chemical cannot change) */
export function updateInventoryItem(id: string, body: InventoryItemRequest): Promise<InventoryItem> {
  return put<InventoryItem, InventoryItemRequest>(`/api/v1/inventory-items/${encodeURIComponent(id)}`, body)
}

/** DELETE /api/v1/inventory-items/{id} → 204 */
export function deleteInventoryItem(id: string): Promise<void> {
  return del(`/api/v1/inventory-items/${encodeURIComponent(id)}`)
}
