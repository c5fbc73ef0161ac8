import { allOf, type Schemas } from '@/shared/api/schemas'

/** What an accepted import did (200). */
export type ImportSummary = Schemas['ImportSummary']
/** Counts of one imported sheet. */
export type ImportSheetSummary = Schemas['SheetSummary']

/**
 * Excel templates, imports and exports of the registry (units, tanks, inventory).
 * `registry` is all three sheets in one workbook, the layout of the units export.
 */
export type RegistryImportKind = ImportSummary['kind']

export const REGISTRY_IMPORT_KINDS = allOf<RegistryImportKind>()(['units', 'tanks', 'inventory', 'registry'])

/** One sheet of a workbook. */
export type RegistrySheetKind = ImportSheetSummary['kind']

/*
 * A rejected import is a 422 problem (RFC 9457) with the extension members below; the OpenAPI document describes
 * problems generically, so these stay written here.
 */

/** One bad cell, row, header or sheet of a rejected import. */
export interface ImportProblem {
  /** The sheet's name as in the file. */
  sheet: string
  /** Row number as Excel shows it (the header is row 1). */
  row: number
  /** The column's header, when the problem is in a column. */
  column: string | null
  /** The cell reference such as "D5", when the problem is in one cell. */
  cell: string | null
  /** The request field the column fills (volumeM3, chemical, …). */
  field: string
  /** Stable code: required, typeMismatch, unknownValue, duplicate, DecimalMax, unit.code.taken, … */
  code: string
  /** What is wrong, in the caller's language. */
  message: string
}

/** The 422 problem of a rejected import: nothing was written. */
export interface ImportRejection {
  type?: string
  title?: string
  status?: number
  detail?: string
  errors: ImportProblem[]
  /** All problems found (the list holds at most 1 000). */
  errorCount: number
  truncated: boolean
}

/** The answer of an import: accepted with a summary, or rejected with every problem. */
export type ImportOutcome = { accepted: true; summary: ImportSummary } | { accepted: false; rejection: ImportRejection }
