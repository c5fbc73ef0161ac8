import { listAreas, listSites } from '@/modules/enterprise/api/sites'
import { listUnits } from '@/modules/enterprise/api/units'

/** An area of one of the enterprise's site plans, as a risk unit's area select offers it. */
export interface AreaOption {
  id: string
  label: string
}

/** The most sites listed (an enterprise has a few). */
const MAX_SITES = 50

/** Every area of the enterprise's sites, labelled "site / area". */
export async function siteAreaOptions(enterpriseId: string): Promise<AreaOption[]> {
  const sites = await listSites({ enterpriseId, page: 0, size: MAX_SITES })
  const perSite = await Promise.all(sites.content.map((site) => listAreas(site.id).then((areas) => ({ site, areas }))))
  return perSite.flatMap(({ site, areas }) => areas.map((area) => ({ id: area.id, label: `${site.name} / ${area.name}` })))
}

/** The most hazard units listed for the select (an enterprise has tens). */
const MAX_UNITS = 200

/**
 * The enterprise's production and storage units a risk unit may belong to, labelled "code name" (its inspection
 * tasks pause while the unit is stopped or under overhaul).
 */
export async function hazardUnitOptions(enterpriseId: string): Promise<AreaOption[]> {
  const units = await listUnits({ enterpriseId, page: 0, size: MAX_UNITS })
  return units.content.map((unit) => ({ id: unit.id, label: `${unit.code} ${unit.name}` }))
}
