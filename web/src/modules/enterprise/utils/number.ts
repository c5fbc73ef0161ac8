/** Number parsing and display shared by the registry forms (numbers are edited as text: empty = not given). */

/** Parses a decimal typed by a person; null for empty text, NaN for anything that is not a plain decimal. */
export function parseDecimal(text: string): number | null {
  const trimmed = text.trim()
  if (trimmed === '') return null
  return /^[-+]?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : Number.NaN
}

/** The parsed number, or null when empty or not a number (call after validation). */
export function decimalOrNull(text: string): number | null {
  const value = parseDecimal(text)
  return value === null || Number.isNaN(value) ? null : value
}

/** Number of decimals written in a decimal text ("0.125" → 3). */
export function decimalPlaces(text: string): number {
  const match = /\.(\d+)$/.exec(text.trim())
  return match?.[1]?.length ?? 0
}

/** Text for a number field; '' for null. */
export function numberText(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value)
}
