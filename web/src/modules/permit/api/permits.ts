import { PDF_TYPE, del, download, get, post, put, type DownloadedFile } from '@/shared/http'
import type { Page } from '@/shared/api/types/common'
import type {
  PermitBoard,
  PermitDraft,
  ChainVerification,
  GasAnalysisEntry,
  MeasureConfirmation,
  Permit,
  PermitAction,
  PermitApplication,
  PermitQuery,
  PermitSummary,
  SignatureRequest
} from './types/permits'

const PERMITS = '/api/v1/permits'

export const LEDGER_FALLBACK_NAME = 'permit-ledger.xlsx'
const one = (id: string): string => `${PERMITS}/${encodeURIComponent(id)}`

/** GET /api/v1/permits?type=&status=&q=&page=&size= — the scope's permits, newest first */
export function listPermits(query: PermitQuery = {}): Promise<Page<PermitSummary>> {
  return get<Page<PermitSummary>, PermitQuery>(PERMITS, query)
}

/** GET /api/v1/permits/{id} — with every record and the signature chain */
export function getPermit(id: string): Promise<Permit> {
  return get<Permit>(one(id))
}

/** POST /api/v1/permits — graded by the rules; a plan that breaks one is a 422 */
export function applyForPermit(body: PermitApplication): Promise<Permit> {
  return post<Permit, PermitApplication>(PERMITS, body)
}

/** POST /api/v1/permits/{id}/signatures — the next step of the chain, with the password again */
export function signPermit(id: string, body: SignatureRequest): Promise<Permit> {
  return post<Permit, SignatureRequest>(`${one(id)}/signatures`, body)
}

/** POST /api/v1/permits/{id}/gas-analyses */
export function recordGasAnalysis(id: string, body: GasAnalysisEntry): Promise<Permit> {
  return post<Permit, GasAnalysisEntry>(`${one(id)}/gas-analyses`, body)
}

/** POST /api/v1/permits/{id}/{start|suspend|resume|complete|accept|cancel} */
export function runPermitAction(id: string, action: PermitAction, remark = ''): Promise<Permit> {
  return post<Permit, { remark: string }>(`${one(id)}/${action}`, { remark })
}

/** GET /api/v1/permits/{id}/verification — recomputes the SM3 chain */
export function verifyPermit(id: string): Promise<ChainVerification> {
  return get<ChainVerification>(`${one(id)}/verification`)
}

/** GET /api/v1/permits/{id}/pdf — the electronic permit as its Appendix A form, named <number>.pdf */
export function downloadPermitPdf(id: string, number: string): Promise<DownloadedFile> {
  return download(`${one(id)}/pdf`, {}, `${number}.pdf`, PDF_TYPE)
}

/** GET /api/v1/permits/export.xlsx?type=&status=&q= — the permit ledger of the scope with the list's filter */
export function exportPermitLedger(query: Omit<PermitQuery, 'page' | 'size'>): Promise<DownloadedFile> {
  return download(`${PERMITS}/export.xlsx`, query, LEDGER_FALLBACK_NAME)
}

/** POST /api/v1/permits/{id}/measures — every item of the checklist, whether it applies and who confirmed it */
export function confirmMeasures(id: string, body: MeasureConfirmation): Promise<Permit> {
  return post<Permit, MeasureConfirmation>(`${one(id)}/measures`, body)
}

/** GET /api/v1/permits/board?siteId=&day= — the day's permits placed on the site's plan, the others apart */
export function permitBoard(siteId: string, day?: string): Promise<PermitBoard> {
  return get<PermitBoard, { siteId: string; day?: string }>('/api/v1/permits/board', day ? { siteId, day } : { siteId })
}

const DRAFTS = '/api/v1/permit-drafts'

/** GET /api/v1/permit-drafts — the caller's drafts, last changed first */
export function listPermitDrafts(): Promise<Page<PermitDraft>> {
  return get<Page<PermitDraft>, { page: number; size: number }>(DRAFTS, { page: 0, size: 50 })
}

/** GET /api/v1/permit-drafts/{id} */
export function getPermitDraft(id: string): Promise<PermitDraft> {
  return get<PermitDraft>(`${DRAFTS}/${encodeURIComponent(id)}`)
}

/** POST or PUT /api/v1/permit-drafts — keeps the application as filled in so far (no rule checks it yet) */
export function savePermitDraft(id: string | null, application: Partial<PermitApplication>): Promise<PermitDraft> {
  return id
    ? put<PermitDraft, Partial<PermitApplication>>(`${DRAFTS}/${encodeURIComponent(id)}`, application)
    : post<PermitDraft, Partial<PermitApplication>>(DRAFTS, application)
}

/** DELETE /api/v1/permit-drafts/{id} */
export function removePermitDraft(id: string): Promise<void> {
  return del(`${DRAFTS}/${encodeURIComponent(id)}`)
}

/** POST /api/v1/permit-drafts/{id}/submit — applies for the permit with every rule; the draft is then gone */
export function submitPermitDraft(id: string): Promise<Permit> {
  return post<Permit, Record<string, never>>(`${DRAFTS}/${encodeURIComponent(id)}/submit`, {})
}
