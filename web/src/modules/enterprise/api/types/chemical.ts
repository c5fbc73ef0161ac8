import type { PageQuery } from '@/shared/api/types/common'
import type { Operations, Schemas } from '@/shared/api/schemas'

/** Which part of the catalogue a search covers: GB 18218 Table 1, the enterprises' own chemicals, or both. */
export type CatalogueScope = NonNullable<Operations['chemicalSearch']['parameters']['query']['scope']>

/**
 * One entry of the chemicals catalogue. A reference entry (`enterpriseId` null) is a row of GB 18218-2018 Table 1
 * and is read-only; an enterprise entry names a chemical itself or links to a Table 1 row (`referenceChemicalId`)
 * and inherits its name, CAS numbers, row number and critical quantity.
 */
export type Chemical = Schemas['ChemicalInfo']

export interface ChemicalQuery extends PageQuery {
  q?: string
  scope?: CatalogueScope
  enterpriseId?: string
}

/** A hazard category of GB 18218-2018 Table 2 (GET /api/v1/chemicals/hazard-categories). */
export type HazardCategory = Schemas['HazardCategory']

/** Body of POST /api/v1/chemicals and PUT /api/v1/chemicals/{id}. */
export type ChemicalRequest = Schemas['ChemicalRequest']
