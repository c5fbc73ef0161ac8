import { download, get, type DownloadedFile } from '@/shared/http'
import type { Page } from '@/shared/api/types/common'
import type { AuditEvent, AuditFilter, AuditQuery } from './types/audit'

const BASE = '/api/v1/audit-events'

export const AUDIT_EXPORT_FALLBACK_NAME = 'audit-events.xlsx'

/** GET /api/v1/audit-events?from=&to=&actor=&action=&outcome=&page=&size= */
export function listAuditEvents(query: AuditQuery = {}): Promise<Page<AuditEvent>> {
  return get<Page<AuditEvent>, AuditQuery>(BASE, query)
}

/** GET /api/v1/audit-events/export?(same filters) → xlsx */
export function exportAuditEvents(filter: AuditFilter): Promise<DownloadedFile> {
  return download<AuditFilter>(`${BASE}/export`, filter, AUDIT_EXPORT_FALLBACK_NAME)
}
