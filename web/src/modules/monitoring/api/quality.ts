import { download, get, type DownloadedFile } from '@/shared/http'
import type { OnlineRate, OnlineRateDay, PointQuality } from './types/quality'

/** GET /api/v1/data-quality?day= — the day's online rates of the enterprises in scope, highest first */
export function onlineRanking(day?: string): Promise<OnlineRate[]> {
  return get<OnlineRate[], { day?: string }>('/api/v1/data-quality', day ? { day } : {})
}

/** GET /api/v1/data-quality/points?enterpriseId=&problemsOnly= — each enabled point's data quality now */
export function pointQualities(enterpriseId?: string, problemsOnly = false): Promise<PointQuality[]> {
  return get<PointQuality[], { enterpriseId?: string; problemsOnly: boolean }>(
    '/api/v1/data-quality/points',
    enterpriseId ? { enterpriseId, problemsOnly } : { problemsOnly }
  )
}

/** GET /api/v1/data-quality/points/export.xlsx — the list's rows as a workbook */
export function exportPointQualities(enterpriseId?: string, problemsOnly = false): Promise<DownloadedFile> {
  return download('/api/v1/data-quality/points/export.xlsx', enterpriseId ? { enterpriseId, problemsOnly } : { problemsOnly }, 'data-quality.xlsx')
}

/** GET /api/v1/data-quality/history?enterpriseId= — the enterprise's online rate of each of the last 30 days */
export function onlineRateHistory(enterpriseId?: string): Promise<OnlineRateDay[]> {
  return get<OnlineRateDay[], { enterpriseId?: string }>('/api/v1/data-quality/history', enterpriseId ? { enterpriseId } : {})
}

/** The mean of the rates listed, 0–1 (none for an empty list): a region's rate as its enterprises' average. */
export function meanRate(rates: readonly OnlineRate[]): number | null {
  return rates.length === 0 ? null : rates.reduce((sum, rate) => sum + rate.onlineRate, 0) / rates.length
}
