import type { CatalogueScope } from '@/modules/enterprise/api/types/chemical'

export type ChemicalFormMode = 'create' | 'edit'

/** The tabs of the catalogue page: the enterprises' own chemicals, or GB 18218 Table 1. */
export type ChemicalTab = Exclude<CatalogueScope, 'ALL'>

export interface ChemicalFilter {
  q: string
  tab: ChemicalTab
  /** Enterprise chosen by a supervisor or platform user on the enterprise tab; '' = whole scope. */
  enterpriseId: string
}

/** The chemical dialog; numbers as text. */
export interface ChemicalFormModel {
  enterpriseId: string
  /** Linked to a Table 1 row (then name and CAS are inherited). */
  linked: boolean
  referenceChemicalId: string
  name: string
  cas: string
  aliases: string[]
  hazardCategories: string[]
  keySupervised: boolean
  highlyToxic: boolean
  explosivePrecursor: boolean
  density: string
  lel: string
  pcTwa: string
  pcStel: string
  mac: string
}

export type ChemicalFormField = keyof ChemicalFormModel

export const CHEMICAL_FORM_FIELDS: readonly ChemicalFormField[] = [
  'enterpriseId',
  'linked',
  'referenceChemicalId',
  'name',
  'cas',
  'aliases',
  'hazardCategories',
  'keySupervised',
  'highlyToxic',
  'explosivePrecursor',
  'density',
  'lel',
  'pcTwa',
  'pcStel',
  'mac'
]

/** A Table 1 row offered for linking. */
export interface ReferenceOption {
  id: string
  name: string
  seq: number | null
  cas: string
  criticalTonnes: number | null
}
