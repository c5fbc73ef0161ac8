import { listAreas, listSites } from '@/modules/enterprise/api/sites'

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
