import { get } from '@/shared/http'
import type { Region } from './types/region'

/** GET /api/v1/regions — region tree visible in the caller's scope. */
export function listRegions(): Promise<Region[]> {
  return get<Region[]>('/api/v1/regions')
}
