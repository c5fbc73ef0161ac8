import type { PageQuery } from '@/shared/api/types/common'
import { allOf, type Schemas } from '@/shared/api/schemas'

/** Production unit, tank farm, warehouse or loading rack (a loading rack holds no inventory of GB 18218). */
export type HazardUnit = Schemas['UnitView']
/** Body of POST /api/v1/units and PUT /api/v1/units/{id}. */
export type UnitRequest = Schemas['UnitRequest']
export type HazardUnitKind = HazardUnit['kind']

export const HAZARD_UNIT_KINDS = allOf<HazardUnitKind>()(['PRODUCTION_UNIT', 'TANK_FARM', 'WAREHOUSE', 'LOADING_RACK'])

export type StatusChangeRequest = Schemas['StatusChangeRequest']
export type StatusChange = Schemas['StatusChange']
/** Operating status of a production unit: running / stopped / overhaul / trial production. */
export type ProductionStatus = StatusChange['toStatus']

export const PRODUCTION_STATUSES = allOf<ProductionStatus>()(['RUNNING', 'STOPPED', 'OVERHAUL', 'TRIAL_PRODUCTION'])

/** A key-supervised hazardous chemical process, named in the request's language. */
export type HazardousProcess = Schemas['HazardousProcess']

export type Tank = Schemas['TankView']
export type TankRequest = Schemas['TankRequest']
export type TankType = Tank['tankType']

export const TANK_TYPES = allOf<TankType>()([
  'VERTICAL_FIXED_ROOF',
  'EXTERNAL_FLOATING_ROOF',
  'INTERNAL_FLOATING_ROOF',
  'HORIZONTAL',
  'SPHERICAL',
  'OTHER'
])

/** What a unit holds: as entered, or for a tank farm derived from its tanks (Σ volume × fill ratio × density). */
export type InventoryItem = Schemas['InventoryItemView']
export type InventoryItemRequest = Schemas['InventoryItemRequest']
/** Where an inventory item's design maximum comes from. */
export type InventorySource = InventoryItem['source']

export interface UnitQuery extends PageQuery {
  enterpriseId?: string
  kind?: HazardUnitKind
  q?: string
}
