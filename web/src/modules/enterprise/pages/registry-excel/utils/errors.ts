import type { ImportRejection, ImportSheetSummary, ImportSummary } from '@/modules/enterprise/api/types/registryExcel'

/** One line of the table of problems of a rejected import. */
export interface ErrorRow {
  key: string
  sheet: string
  row: number
  /** The column's header ('' when the problem concerns a whole row or sheet). */
  column: string
  /** The cell reference such as "D5" ('' when none). */
  cell: string
  code: string
  message: string
}

/** "D5" → [4, 5]: cells are ordered by column letters as Excel orders them (A … Z, AA …). */
function columnOrder(cell: string): [number, string] {
  const letters = /^[A-Z]+/.exec(cell)?.[0] ?? ''
  return [letters.length, letters]
}

/**
 * The problems of a rejected import as table lines: by sheet (in the order the server lists them), then row, then
 * column; problems of a whole row, header or sheet come before the cells of that row.
 */
export function toErrorRows(rejection: ImportRejection): ErrorRow[] {
  const sheets: string[] = []
  for (const problem of rejection.errors) if (!sheets.includes(problem.sheet)) sheets.push(problem.sheet)
  return rejection.errors
    .map((problem, index) => ({
      key: `${problem.sheet}|${problem.row}|${problem.cell ?? ''}|${problem.field}|${index}`,
      sheet: problem.sheet,
      row: problem.row,
      column: problem.column ?? '',
      cell: problem.cell ?? '',
      code: problem.code,
      message: problem.message
    }))
    .sort((a, b) => {
      const bySheet = sheets.indexOf(a.sheet) - sheets.indexOf(b.sheet)
      if (bySheet !== 0) return bySheet
      if (a.row !== b.row) return a.row - b.row
      const [aLength, aLetters] = columnOrder(a.cell)
      const [bLength, bLetters] = columnOrder(b.cell)
      if (aLength !== bLength) return aLength - bLength
      return aLetters < bLetters ? -1 : aLetters > bLetters ? 1 : 0
    })
}

/** The per-sheet lines of an accepted import; a one-sheet import without details gets one line of its totals. */
export function summaryRows(summary: ImportSummary): ImportSheetSummary[] {
  if (summary.sheets.length > 0) return summary.sheets
  const kind = summary.kind === 'registry' ? 'units' : summary.kind
  return [{ kind, sheet: '', rows: summary.rows, created: summary.created, updated: summary.updated, unchanged: summary.unchanged }]
}
