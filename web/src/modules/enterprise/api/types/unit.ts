import type { PageQuery } from '@/shared/api/types/common'

/** Production unit / tank farm / warehouse / loading rack (a loading rack is not a unit of GB 18218 and holds no inventory). */
export type HazardUnitKind = 'PRODUCTION_UNIT' | 'TANK_FARM' | 'WAREHOUSE' | 'LOADING_RACK'

export const HAZARD_UNIT_KINDS: readonly HazardUnitKind[] = ['PRODUCTION_UNIT', 'TANK_FARM', 'WAREHOUSE', 'LOADING_RACK']

/** Operating status of a production unit: running / stopped / overhaul / trial production. */
export type ProductionStatus = 'RUNNING' | 'STOPPED' | 'OVERHAUL' | 'TRIAL_PRODUCTION'

export const PRODUCTION_STATUSES: readonly ProductionStatus[] = ['RUNNING', 'STOPPED', 'OVERHAUL', 'TRIAL_PRODUCTION']

export type TankType = 'VERTICAL_FIXED_ROOF' | 'EXTERNAL_FLOATING_ROOF' | 'INTERNAL_FLOATING_ROOF' | 'HORIZONTAL' | 'SPHERICAL' | 'OTHER'

export const TANK_TYPES: readonly TankType[] = [
  'VERTICAL_FIXED_ROOF',
  'EXTERNAL_FLOATING_ROOF',
  'INTERNAL_FLOATING_ROOF',
  'HORIZONTAL',
  'SPHERICAL',
  'OTHER'
]

/** Where an inventory item's design maximum comes from. */
export type InventorySource = 'ENTERED' | 'DERIVED_FROM_TANKS'

export interface HazardUnit {
  id: string
  enterpriseId: string
  enterpriseName: string
  kind: HazardUnitKind
  code: string
  name: string
  areaId: string | null
  /** Codes of the key-supervised hazardous processes (production units only). */
  hazardousProcesses: string[]
  /** Production units only. */
  status: ProductionStatus | null
  tankCount: number
  createdAt: string
}

export interface UnitQuery extends PageQuery {
  enterpriseId?: string
  kind?: HazardUnitKind
  q?: string
}

/** Body of POST /api/v1/units and PUT /api/v1/units/{id}. */
export interface UnitRequest {
  /** Only a platform user names the enterprise; others register units of their own. */
  enterpriseId?: string | null
  kind: HazardUnitKind
  /** Letters, digits and . _ / - */
  code: string
  name: string
  areaId?: string | null
  hazardousProcesses?: string[] | null
  status?: ProductionStatus | null
}

export interface StatusChangeRequest {
  status: ProductionStatus
  reason?: string | null
}

export interface StatusChange {
  fromStatus: ProductionStatus | null
  toStatus: ProductionStatus
  changedAt: string
  changedBy: string
  reason: string | null
}

/** A key-supervised hazardous chemical process (key-supervised hazardous chemical processes), named in the request's language. */
export interface HazardousProcess {
  code: string
  name: string
}

export interface Tank {
  id: string
  tankFarmId: string
  code: string
  tankType: TankType
  volumeM3: number
  chemicalId: string | null
  chemicalName: string | null
  designPressureMpa: number | null
  designTemperatureC: number | null
  /** 0 < ratio ≤ 1 */
  maxFillRatio: number
}

export interface TankRequest {
  code: string
  tankType: TankType
  volumeM3: number
  chemicalId: string | null
  designPressureMpa: number | null
  designTemperatureC: number | null
  maxFillRatio: number
}

/** What a unit holds: as entered, or for a tank farm derived from its tanks (Σ volume × fill ratio × density). */
export interface InventoryItem {
  id: string
  unitId: string
  chemicalId: string
  chemicalName: string
  enteredTonnes: number | null
  /** The design maximum that counts; null when it cannot be derived (then `problem` says why). */
  designMaxTonnes: number | null
  source: InventorySource
  problem: string | null
}

export interface InventoryItemRequest {
  chemicalId: string
  /** null = derive from the tanks (tank farms only). */
  designMaxTonnes: number | null
}
