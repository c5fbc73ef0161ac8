import { get } from '@/shared/http'
import type { LiveValue, Overview } from './types/overview'

/** GET /api/v1/monitoring/overview?enterpriseId= — the enterprise's cards with live values and states */
export function getOverview(enterpriseId?: string): Promise<Overview> {
  return get<Overview, { enterpriseId?: string }>('/api/v1/monitoring/overview', enterpriseId ? { enterpriseId } : {})
}

/** The address of the enterprise's live stream (server-sent events named `values`). */
export function liveStreamUrl(enterpriseId?: string): string {
  return '/api/v1/monitoring/live' + (enterpriseId ? `?enterpriseId=${encodeURIComponent(enterpriseId)}` : '')
}

/** The values of one `values` event; anything else is no values. */
export function parseLiveValues(data: string): LiveValue[] {
  try {
    const parsed: unknown = JSON.parse(data)
    return Array.isArray(parsed) ? (parsed as LiveValue[]).filter((value) => typeof value?.pointId === 'string') : []
  } catch {
    return []
  }
}
