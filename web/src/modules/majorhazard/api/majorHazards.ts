import { download, get, post, put, type DownloadedFile } from '@/shared/http'
import type { Page } from '@/shared/api/types/common'
import type {
  AccountablePeopleRequest,
  EnterpriseSourceCounts,
  ExposureRequest,
  SourceDetail,
  SourceQuery,
  SourceSummary,
  UnitAssessment
} from './types/majorHazard'

const SOURCES = '/api/v1/major-hazard-sources'

export const LEDGER_FALLBACK_NAME = 'major-hazard-sources.xlsx'

/** GET /api/v1/major-hazard-sources?enterpriseId=&level=&q=&page=&size= */
export function listMajorHazardSources(query: SourceQuery = {}): Promise<Page<SourceSummary>> {
  return get<Page<SourceSummary>, SourceQuery>(SOURCES, query)
}

/** GET /api/v1/major-hazard-sources/{id} — the whole calculation, the accountability people and the history */
export function getMajorHazardSource(id: string): Promise<SourceDetail> {
  return get<SourceDetail>(`${SOURCES}/${encodeURIComponent(id)}`)
}

/** PUT /api/v1/major-hazard-sources/{id}/accountable-people (all three roles, users of the enterprise) */
export function saveAccountablePeople(id: string, body: AccountablePeopleRequest): Promise<SourceDetail> {
  return put<SourceDetail, AccountablePeopleRequest>(`${SOURCES}/${encodeURIComponent(id)}/accountable-people`, body)
}

/** GET /api/v1/major-hazard-sources/by-enterprise — counts per enterprise within the caller's scope */
export function listSourcesByEnterprise(): Promise<EnterpriseSourceCounts[]> {
  return get<EnterpriseSourceCounts[]>(`${SOURCES}/by-enterprise`)
}

/** GET /api/v1/major-hazard-sources/export.xlsx — the major hazard ledger: every active source of the scope */
export function exportMajorHazardLedger(): Promise<DownloadedFile> {
  return download(`${SOURCES}/export.xlsx`, {}, LEDGER_FALLBACK_NAME)
}

/**
 * GET /api/v1/units/{unitId}/major-hazard-assessment — the unit's latest assessment; 404 when never assessed
 * (silent: the caller shows "not assessed yet").
 */
export function getUnitAssessment(unitId: string): Promise<UnitAssessment> {
  return get<UnitAssessment>(`/api/v1/units/${encodeURIComponent(unitId)}/major-hazard-assessment`, undefined, { silent: true })
}

/** POST /api/v1/units/{unitId}/major-hazard-assessment — re-assess now */
export function reassessUnit(unitId: string): Promise<UnitAssessment> {
  return post<UnitAssessment>(`/api/v1/units/${encodeURIComponent(unitId)}/major-hazard-assessment`)
}

/** PUT /api/v1/units/{unitId}/exposure — people within 500 m; answers the re-assessed unit */
export function saveUnitExposure(unitId: string, body: ExposureRequest): Promise<UnitAssessment> {
  return put<UnitAssessment, ExposureRequest>(`/api/v1/units/${encodeURIComponent(unitId)}/exposure`, body)
}
