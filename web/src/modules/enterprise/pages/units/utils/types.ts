import type { HazardUnitKind, ProductionStatus, TankType } from '@/modules/enterprise/api/types/unit'

export type UnitFormMode = 'create' | 'edit'

/** Tab of the unit list: one kind, or all. */
export type UnitKindTab = HazardUnitKind | 'ALL'

export interface UnitFilter {
  q: string
  kind: UnitKindTab
  /** Enterprise chosen by a supervisor or platform user; '' = whole scope. */
  enterpriseId: string
}

export interface UnitFormModel {
  enterpriseId: string
  kind: HazardUnitKind
  code: string
  name: string
  hazardousProcesses: string[]
  status: ProductionStatus
}

export type UnitFormField = keyof UnitFormModel

export const UNIT_FORM_FIELDS: readonly UnitFormField[] = ['enterpriseId', 'kind', 'code', 'name', 'hazardousProcesses', 'status']

/** Tank dialog; numbers as text. */
export interface TankFormModel {
  code: string
  tankType: TankType
  volumeM3: string
  chemicalId: string
  designPressureMpa: string
  designTemperatureC: string
  maxFillRatio: string
}

export type TankFormField = keyof TankFormModel

export const TANK_FORM_FIELDS: readonly TankFormField[] = [
  'code',
  'tankType',
  'volumeM3',
  'chemicalId',
  'designPressureMpa',
  'designTemperatureC',
  'maxFillRatio'
]

/** Inventory dialog: a chemical and its design maximum, or (tank farms) derived from the tanks. */
export interface InventoryFormModel {
  chemicalId: string
  deriveFromTanks: boolean
  designMaxTonnes: string
}

export type InventoryFormField = keyof InventoryFormModel

export const INVENTORY_FORM_FIELDS: readonly InventoryFormField[] = ['chemicalId', 'deriveFromTanks', 'designMaxTonnes']

export interface StatusFormModel {
  status: ProductionStatus | ''
  reason: string
}

/** A chemical offered in a select: the unit's enterprise's own entries first, then GB 18218 Table 1. */
export interface ChemicalOption {
  id: string
  name: string
  cas: string
  /** True for a Table 1 row. */
  reference: boolean
  table1Seq: number | null
  density: number | null
}
