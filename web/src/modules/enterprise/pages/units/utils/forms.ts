import type {
  HazardUnit,
  HazardUnitKind,
  InventoryItem,
  InventoryItemRequest,
  Tank,
  TankRequest,
  UnitRequest
} from '@/modules/enterprise/api/types/unit'
import { decimalOrNull, numberText } from '@/modules/enterprise/utils/number'
import type { InventoryFormModel, TankFormModel, UnitFormMode, UnitFormModel } from './types'

/* Pure helpers of the unit pages: kinds, and form models to and from requests (unit-tested). */

/** Tank farms hold tanks. */
export function hasTanks(kind: HazardUnitKind): boolean {
  return kind === 'TANK_FARM'
}

/** Loading racks are not units of GB 18218: no inventory, no identification. */
export function isIdentified(kind: HazardUnitKind): boolean {
  return kind !== 'LOADING_RACK'
}

export function emptyUnitForm(kind: HazardUnitKind = 'PRODUCTION_UNIT'): UnitFormModel {
  return { enterpriseId: '', kind, code: '', name: '', hazardousProcesses: [], status: 'RUNNING' }
}

export function unitToForm(unit: HazardUnit): UnitFormModel {
  return {
    enterpriseId: unit.enterpriseId,
    kind: unit.kind,
    code: unit.code,
    name: unit.name,
    hazardousProcesses: [...unit.hazardousProcesses],
    status: unit.status ?? 'RUNNING'
  }
}

/**
 * The unit request: processes and status only for production units; the status only on create (later changes
 * go through the status change, with a reason and history); the enterprise only when the caller must name it.
 */
export function toUnitRequest(model: UnitFormModel, mode: UnitFormMode, withEnterprise: boolean): UnitRequest {
  const production = model.kind === 'PRODUCTION_UNIT'
  const request: UnitRequest = {
    kind: model.kind,
    code: model.code.trim(),
    name: model.name.trim(),
    hazardousProcesses: production ? [...model.hazardousProcesses] : []
  }
  if (production && mode === 'create') request.status = model.status
  if (withEnterprise && mode === 'create' && model.enterpriseId) request.enterpriseId = model.enterpriseId
  return request
}

export function emptyTankForm(): TankFormModel {
  return {
    code: '',
    tankType: 'VERTICAL_FIXED_ROOF',
    volumeM3: '',
    chemicalId: '',
    designPressureMpa: '',
    designTemperatureC: '',
    maxFillRatio: '0.85'
  }
}

export function tankToForm(tank: Tank): TankFormModel {
  return {
    code: tank.code,
    tankType: tank.tankType,
    volumeM3: numberText(tank.volumeM3),
    chemicalId: tank.chemicalId ?? '',
    designPressureMpa: numberText(tank.designPressureMpa),
    designTemperatureC: numberText(tank.designTemperatureC),
    maxFillRatio: numberText(tank.maxFillRatio)
  }
}

export function toTankRequest(model: TankFormModel): TankRequest {
  return {
    code: model.code.trim(),
    tankType: model.tankType,
    volumeM3: decimalOrNull(model.volumeM3) ?? 0,
    chemicalId: model.chemicalId || null,
    designPressureMpa: decimalOrNull(model.designPressureMpa),
    designTemperatureC: decimalOrNull(model.designTemperatureC),
    maxFillRatio: decimalOrNull(model.maxFillRatio) ?? 0
  }
}

/** Design maximum of one tank, V × fill ratio × density, rounded to 0.0001 t as the server does; null if unknown. */
export function tankTonnes(volumeM3: number | null, maxFillRatio: number | null, density: number | null): number | null {
  if (volumeM3 === null || maxFillRatio === null || density === null) return null
  return Math.round(volumeM3 * maxFillRatio * density * 10_000) / 10_000
}

export function emptyInventoryForm(kind: HazardUnitKind): InventoryFormModel {
  return { chemicalId: '', deriveFromTanks: hasTanks(kind), designMaxTonnes: '' }
}

export function inventoryToForm(item: InventoryItem): InventoryFormModel {
  return {
    chemicalId: item.chemicalId,
    deriveFromTanks: item.source === 'DERIVED_FROM_TANKS',
    designMaxTonnes: numberText(item.enteredTonnes)
  }
}

export function toInventoryRequest(model: InventoryFormModel, kind: HazardUnitKind): InventoryItemRequest {
  const derive = hasTanks(kind) && model.deriveFromTanks
  return { chemicalId: model.chemicalId, designMaxTonnes: derive ? null : decimalOrNull(model.designMaxTonnes) }
}

/** Tanks whose chemical is not listed in the unit's inventory (their contents do not count yet). */
export function tanksOutsideInventory(tanks: readonly Tank[], inventory: readonly InventoryItem[]): Tank[] {
  const listed = new Set(inventory.map((item) => item.chemicalId))
  return tanks.filter((tank) => tank.chemicalId != null && !listed.has(tank.chemicalId))
}
