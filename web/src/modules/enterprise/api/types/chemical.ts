import type { PageQuery } from '@/shared/api/types/common'

/** Which part of the catalogue a search covers: GB 18218 Table 1, the enterprises' own chemicals, or both. */
export type CatalogueScope = 'REFERENCE' | 'ENTERPRISE' | 'ALL'

/**
 * One entry of the chemicals catalogue. A reference entry (`enterpriseId` null) is a row of GB 18218-2018 Table 1
 * and is read-only; an enterprise entry names a chemical itself or links to a Table 1 row (`referenceChemicalId`)
 * and inherits its name, CAS numbers, row number and critical quantity.
 */
export interface Chemical {
  id: string
  enterpriseId: string | null
  referenceChemicalId: string | null
  name: string
  aliases: string[]
  casNumbers: string[]
  /** Table 1 row (row number); null outside Table 1. */
  gb18218Table1Seq: number | null
  /** Q from Table 1 in tonnes; null outside Table 1 (then Table 2 applies). */
  table1CriticalQuantityTonnes: number | null
  /** GB 18218-2018 Table 2 codes (J1…W11). */
  hazardCategories: string[]
  /** key-supervised hazardous chemical */
  keySupervised: boolean
  /** highly toxic chemical */
  highlyToxic: boolean
  /** explosive precursor */
  explosivePrecursor: boolean
  /** t/m³ */
  density: number | null
  /** % by volume */
  lel: number | null
  /** mg/m³ */
  pcTwa: number | null
  pcStel: number | null
  mac: number | null
}

export interface ChemicalQuery extends PageQuery {
  q?: string
  scope?: CatalogueScope
  enterpriseId?: string
}

/** A hazard category of GB 18218-2018 Table 2 (GET /api/v1/chemicals/hazard-categories). */
export interface HazardCategory {
  /** e.g. `W5.4` */
  code: string
  /** As the standard describes it (Chinese). */
  name: string
  criticalTonnes: number
}

/** Body of POST /api/v1/chemicals and PUT /api/v1/chemicals/{id}. */
export interface ChemicalRequest {
  /** Required from platform and region users on create; enterprise users default to their own. */
  enterpriseId?: string | null
  /** Link to a Table 1 row; then `name` and `cas` must be absent. */
  referenceChemicalId: string | null
  name: string | null
  aliases: string[]
  cas: string | null
  hazardCategories: string[]
  keySupervised: boolean
  highlyToxic: boolean
  explosivePrecursor: boolean
  density: number | null
  lel: number | null
  pcTwa: number | null
  pcStel: number | null
  mac: number | null
}
