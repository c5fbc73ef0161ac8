import { del, download, get, http, post, put, type DownloadedFile } from '@/shared/http'
import type { Page } from '@/shared/api/types/common'
import { parseImportRejection } from '@/modules/enterprise/api/registryExcel'
import type { ImportRejection } from '@/modules/enterprise/api/types/registryExcel'
import type { LatestValue, Point, PointImportSummary, PointQuery, PointRequest, Resolution, Series } from './types/points'

const POINTS = '/api/v1/points'
const IMPORT_TIMEOUT_MS = 120_000

/** GET /api/v1/points — the scope's points by tag */
export function listPoints(query: PointQuery = {}): Promise<Page<Point>> {
  return get<Page<Point>, PointQuery>(POINTS, query)
}

/** GET /api/v1/points/{id} */
export function getPoint(id: string): Promise<Point> {
  return get<Point>(`${POINTS}/${encodeURIComponent(id)}`)
}

/** POST /api/v1/points → 201 */
export function createPoint(body: PointRequest): Promise<Point> {
  return post<Point>(POINTS, body)
}

/** PUT /api/v1/points/{id} */
export function updatePoint(id: string, body: PointRequest): Promise<Point> {
  return put<Point>(`${POINTS}/${encodeURIComponent(id)}`, body)
}

/** DELETE /api/v1/points/{id} */
export function deletePoint(id: string): Promise<void> {
  return del(`${POINTS}/${encodeURIComponent(id)}`)
}

/** GET /api/v1/points/latest?ids= — the latest value, quality and time of each point with one */
export function latestValues(ids: string[]): Promise<LatestValue[]> {
  if (ids.length === 0) return Promise.resolve([])
  return get<LatestValue[], { ids: string }>(`${POINTS}/latest`, { ids: ids.join(',') })
}

/** GET /api/v1/points/{id}/series — raw samples or roll-ups in [from, to); without a resolution the server picks */
export function pointSeries(id: string, from: string, to: string, resolution?: Resolution, limit = 10_000): Promise<Series> {
  return get<Series, { from: string; to: string; resolution?: Resolution; limit: number }>(
    `${POINTS}/${encodeURIComponent(id)}/series`,
    resolution ? { from, to, resolution, limit } : { from, to, limit }
  )
}

/** GET /api/v1/points/import-template.xlsx */
export function downloadPointTemplate(): Promise<DownloadedFile> {
  return download(`${POINTS}/import-template.xlsx`, {}, 'points-template.xlsx')
}

/** GET /api/v1/points/export.xlsx?enterpriseId= — every point of the enterprise, importable again */
export function exportPoints(enterpriseId?: string): Promise<DownloadedFile> {
  return download(`${POINTS}/export.xlsx`, enterpriseId ? { enterpriseId } : {}, 'points.xlsx')
}

/** The answer of a points import: accepted with a summary, or rejected with every bad cell (nothing written). */
export type PointImportOutcome = { accepted: true; summary: PointImportSummary } | { accepted: false; rejection: ImportRejection }

/** POST /api/v1/points/imports?enterpriseId= (multipart `file`) → 200 summary, or 422 with every bad cell */
export async function importPoints(file: File, enterpriseId?: string): Promise<PointImportOutcome> {
  const form = new FormData()
  form.append('file', file, file.name)
  const response = await http.post<unknown>(`${POINTS}/imports`, form, {
    params: enterpriseId ? { enterpriseId } : undefined,
    timeout: IMPORT_TIMEOUT_MS,
    validateStatus: (status) => status === 200 || status === 422
  })
  if (response.status === 422) {
    return { accepted: false, rejection: parseImportRejection(response.data) ?? { errors: [], errorCount: 0, truncated: false } }
  }
  return { accepted: true, summary: response.data as PointImportSummary }
}
