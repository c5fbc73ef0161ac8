import { listTanks, listUnits } from '@/modules/enterprise/api/units'
import type { LinkedObjectKind } from '../api/types/points'

/** A registry object a point can be installed on, as the point form offers it. */
export interface ObjectOption {
  kind: LinkedObjectKind
  id: string
  label: string
}

/** The most units the form lists (an enterprise's whole registry fits). */
const MAX_UNITS = 200

/** The unit kinds a point links to directly; a tank farm's points go on its tanks. */
const UNIT_KINDS: Partial<Record<string, LinkedObjectKind>> = {
  PRODUCTION_UNIT: 'PRODUCTION_UNIT',
  WAREHOUSE: 'WAREHOUSE',
  LOADING_RACK: 'LOADING_RACK'
}

/** The enterprise's production units, warehouses and loading racks, and the tanks of its tank farms. */
export async function objectOptions(enterpriseId?: string): Promise<ObjectOption[]> {
  const units = await listUnits({ ...(enterpriseId ? { enterpriseId } : {}), page: 0, size: MAX_UNITS })
  const options: ObjectOption[] = []
  for (const unit of units.content) {
    const kind = UNIT_KINDS[unit.kind]
    if (kind) options.push({ kind, id: unit.id, label: `${unit.code} ${unit.name}` })
  }
  const farms = units.content.filter((unit) => unit.kind === 'TANK_FARM')
  const tanks = await Promise.all(farms.map((farm) => listTanks(farm.id).then((list) => ({ farm, list }))))
  for (const { farm, list } of tanks) {
    for (const tank of list) options.push({ kind: 'TANK', id: tank.id, label: `${farm.code}/${tank.code} ${farm.name}` })
  }
  return options
}

/** The option's key in a select: kind and id. */
export const objectKey = (kind: string, id: string): string => `${kind}:${id}`
