import { download, http, type DownloadedFile } from '@/shared/http'
import type { ImportOutcome, ImportProblem, ImportRejection, ImportSummary, RegistryImportKind } from './types/registryExcel'

const BASE = '/api/v1/registry'

/** Large files take a while to check row by row. */
const IMPORT_TIMEOUT_MS = 300_000

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 ? value : null
}

function toProblem(value: unknown): ImportProblem | null {
  if (!isRecord(value) || typeof value.row !== 'number') return null
  const message = text(value.message)
  if (!message) return null
  return {
    sheet: text(value.sheet) ?? '',
    row: value.row,
    column: text(value.column),
    cell: text(value.cell),
    field: text(value.field) ?? '',
    code: text(value.code) ?? '',
    message
  }
}

/** Reads the 422 problem of a rejected import out of a response body (null when it is not one). */
export function parseImportRejection(data: unknown): ImportRejection | null {
  let body = data
  if (typeof body === 'string') {
    try {
      body = JSON.parse(body)
    } catch {
      return null
    }
  }
  if (!isRecord(body)) return null
  const errors = Array.isArray(body.errors) ? body.errors.map(toProblem).filter((problem): problem is ImportProblem => problem !== null) : []
  return {
    type: text(body.type) ?? undefined,
    title: text(body.title) ?? undefined,
    status: typeof body.status === 'number' ? body.status : undefined,
    detail: text(body.detail) ?? undefined,
    errors,
    errorCount: typeof body.errorCount === 'number' ? body.errorCount : errors.length,
    truncated: body.truncated === true
  }
}

/** GET /api/v1/registry/templates/{kind}.xlsx → an empty workbook with notes and an example sheet */
export function downloadTemplate(kind: RegistryImportKind): Promise<DownloadedFile> {
  return download(`${BASE}/templates/${kind}.xlsx`, {}, `${kind}-template.xlsx`)
}

/**
 * POST /api/v1/registry/imports/{kind}?enterpriseId= (multipart `file`) → 200 summary, or 422 with every bad
 * cell (nothing written). Other failures (not an .xlsx, too large, no permission) reject as usual.
 */
export async function importRegistry(kind: RegistryImportKind, file: Blob, enterpriseId?: string | null): Promise<ImportOutcome> {
  const form = new FormData()
  form.append('file', file, file instanceof File ? file.name : `${kind}.xlsx`)
  const response = await http.post<unknown>(`${BASE}/imports/${kind}`, form, {
    params: enterpriseId ? { enterpriseId } : undefined,
    timeout: IMPORT_TIMEOUT_MS,
    validateStatus: (status) => status === 200 || status === 422
  })
  if (response.status === 422) {
    return { accepted: false, rejection: parseImportRejection(response.data) ?? { errors: [], errorCount: 0, truncated: false } }
  }
  return { accepted: true, summary: response.data as ImportSummary }
}

/** GET /api/v1/registry/exports/units.xlsx?enterpriseId= → units, tanks and inventory on three sheets */
export function exportUnits(enterpriseId?: string | null): Promise<DownloadedFile> {
  return download(`${BASE}/exports/units.xlsx`, { enterpriseId: enterpriseId ?? undefined }, 'units.xlsx')
}

/** GET /api/v1/registry/exports/enterprises.xlsx → the enterprise registry within the caller's scope */
export function exportEnterprises(): Promise<DownloadedFile> {
  return download(`${BASE}/exports/enterprises.xlsx`, {}, 'enterprises.xlsx')
}
