import { del, get, post, put } from '@/shared/http'
import type { Page } from '@/shared/api/types/common'
import type { Area, AreaRequest, CalibrationRequest, CreateSiteRequest, RenameSiteRequest, Site, SiteQuery } from './types/site'

const BASE = '/api/v1/sites'
const AREAS = '/api/v1/areas'

const sitePath = (id: string): string => `${BASE}/${encodeURIComponent(id)}`

/** GET /api/v1/sites?enterpriseId=&page=&size= (within the caller's scope) */
export function listSites(query: SiteQuery = {}): Promise<Page<Site>> {
  return get<Page<Site>, SiteQuery>(BASE, query)
}

/** GET /api/v1/sites/{id} */
export function getSite(id: string): Promise<Site> {
  return get<Site>(sitePath(id))
}

/** POST /api/v1/sites → 201 Site */
export function createSite(body: CreateSiteRequest): Promise<Site> {
  return post<Site, CreateSiteRequest>(BASE, body)
}

/** PUT /api/v1/sites/{id} */
export function renameSite(id: string, body: RenameSiteRequest): Promise<Site> {
  return put<Site, RenameSiteRequest>(sitePath(id), body)
}

/** DELETE /api/v1/sites/{id} → 204 (plan and areas go with it) */
export function deleteSite(id: string): Promise<void> {
  return del(sitePath(id))
}

/** PUT /api/v1/sites/{id}/plan (multipart part `file`, PNG or JPEG) → Site; clears the calibration */
export function uploadPlan(id: string, file: Blob, filename: string): Promise<Site> {
  const form = new FormData()
  form.append('file', file, filename)
  return put<Site, FormData>(`${sitePath(id)}/plan`, form, { timeout: 120_000 })
}

/** PUT /api/v1/sites/{id}/calibration */
export function calibrateSite(id: string, body: CalibrationRequest): Promise<Site> {
  return put<Site, CalibrationRequest>(`${sitePath(id)}/calibration`, body)
}

/** DELETE /api/v1/sites/{id}/calibration → Site */
export function clearCalibration(id: string): Promise<Site> {
  return del<Site>(`${sitePath(id)}/calibration`)
}

/** GET /api/v1/sites/{siteId}/areas */
export function listAreas(siteId: string): Promise<Area[]> {
  return get<Area[]>(`${sitePath(siteId)}/areas`)
}

/** POST /api/v1/sites/{siteId}/areas → 201 Area */
export function createArea(siteId: string, body: AreaRequest): Promise<Area> {
  return post<Area, AreaRequest>(`${sitePath(siteId)}/areas`, body)
}

/** PUT /api/v1/areas/{id} */
export function updateArea(id: string, body: AreaRequest): Promise<Area> {
  return put<Area, AreaRequest>(`${AREAS}/${encodeURIComponent(id)}`, body)
}

/** DELETE /api/v1/areas/{id} → 204 */
export function deleteArea(id: string): Promise<void> {
  return del(`${AREAS}/${encodeURIComponent(id)}`)
}
