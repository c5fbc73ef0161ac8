import { listChemicals } from '@/modules/enterprise/api/chemicals'
import type { Chemical } from '@/modules/enterprise/api/types/chemical'
import type { ChemicalOption } from '@/modules/enterprise/pages/units/utils/types'

export function toChemicalOption(chemical: Chemical): ChemicalOption {
  return {
    id: chemical.id,
    name: chemical.name,
    cas: chemical.casNumbers.join('; '),
    reference: chemical.enterpriseId == null,
    table1Seq: chemical.gb18218Table1Seq ?? null,
    density: chemical.density ?? null
  }
}

/** The enterprise's own chemicals first (they carry density and categories), then GB 18218 Table 1 rows. */
export function mergeChemicalOptions(own: readonly Chemical[], reference: readonly Chemical[]): ChemicalOption[] {
  const seen = new Set<string>()
  const options: ChemicalOption[] = []
  for (const chemical of [...own, ...reference]) {
    if (seen.has(chemical.id)) continue
    seen.add(chemical.id)
    options.push(toChemicalOption(chemical))
  }
  return options
}

/** Searches what a unit of the enterprise may hold: its own chemicals and Table 1 rows (20 of each). */
export async function searchUsableChemicals(enterpriseId: string | null, q: string): Promise<ChemicalOption[]> {
  const [own, reference] = await Promise.all([
    enterpriseId ? listChemicals({ scope: 'ENTERPRISE', enterpriseId, q, page: 0, size: 20 }) : Promise.resolve(null),
    listChemicals({ scope: 'REFERENCE', q, page: 0, size: 20 })
  ])
  return mergeChemicalOptions(own?.content ?? [], reference.content)
}
