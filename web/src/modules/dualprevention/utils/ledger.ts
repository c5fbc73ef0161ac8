/** A ledger download: Excel to work with, or PDF to print and hand to an inspector. */
export type LedgerFormat = 'xlsx' | 'pdf'

export const LEDGER_MEDIA_TYPES: Record<LedgerFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf'
}
