import { download, get, post, type DownloadedFile } from '@/shared/http'
import { LEDGER_MEDIA_TYPES, type LedgerFormat } from '../utils/ledger'
import type { Page } from '@/shared/api/types/common'
import type {
  MajorCriterion,
  AcceptanceRequest,
  GradingRequest,
  HiddenDanger,
  HiddenDangerQuery,
  HiddenDangerReport,
  HiddenDangerStep,
  OrderRequest,
  RectificationReport,
  SendBackRequest
} from './types/hiddenDangers'

const DANGERS = '/api/v1/hidden-dangers'
const one = (id: string, step = ''): string => `${DANGERS}/${encodeURIComponent(id)}${step}`

/** GET /api/v1/hidden-dangers?enterpriseId=&status=&dangerLevel=&overdue=&q=&page=&size= — newest first */
export function listHiddenDangers(query: HiddenDangerQuery = {}): Promise<Page<HiddenDanger>> {
  return get<Page<HiddenDanger>, HiddenDangerQuery>(DANGERS, query)
}

/** POST /api/v1/hidden-dangers — report one (REPORTED) */
export function reportHiddenDanger(body: HiddenDangerReport): Promise<HiddenDanger> {
  return post<HiddenDanger, HiddenDangerReport>(DANGERS, body)
}

/** GET /api/v1/hidden-dangers/{id} */
export function getHiddenDanger(id: string): Promise<HiddenDanger> {
  return get<HiddenDanger>(one(id))
}

/** GET /api/v1/hidden-dangers/{id}/history — the report and every step, oldest first */
export function hiddenDangerHistory(id: string): Promise<HiddenDangerStep[]> {
  return get<HiddenDangerStep[]>(one(id, '/history'))
}

/** GET /api/v1/hidden-dangers/major-criteria — the 20 criteria of a major hidden danger, offered when grading */
export function majorCriteria(): Promise<MajorCriterion[]> {
  return get<MajorCriterion[]>('/api/v1/hidden-dangers/major-criteria')
}

/** POST /api/v1/hidden-dangers/{id}/confirm — confirm and grade GENERAL / MAJOR */
export function confirmHiddenDanger(id: string, body: GradingRequest): Promise<HiddenDanger> {
  return post<HiddenDanger, GradingRequest>(one(id, '/confirm'), body)
}

/** POST /api/v1/hidden-dangers/{id}/order — IMMEDIATE or BY_DEADLINE (a MAJOR one with the five plan items) */
export function orderRectification(id: string, body: OrderRequest): Promise<HiddenDanger> {
  return post<HiddenDanger, OrderRequest>(one(id, '/order'), body)
}

/** POST /api/v1/hidden-dangers/{id}/rectify — rectified, with photos */
export function reportRectified(id: string, body: RectificationReport): Promise<HiddenDanger> {
  return post<HiddenDanger, RectificationReport>(one(id, '/rectify'), body)
}

/** POST /api/v1/hidden-dangers/{id}/accept — acceptance */
export function acceptRectification(id: string, body: AcceptanceRequest): Promise<HiddenDanger> {
  return post<HiddenDanger, AcceptanceRequest>(one(id, '/accept'), body)
}

/** POST /api/v1/hidden-dangers/{id}/send-back — refused, to be rectified again */
export function sendBackRectification(id: string, body: SendBackRequest): Promise<HiddenDanger> {
  return post<HiddenDanger, SendBackRequest>(one(id, '/send-back'), body)
}

/** POST /api/v1/hidden-dangers/{id}/close — closing the loop */
export function closeHiddenDanger(id: string): Promise<HiddenDanger> {
  return post<HiddenDanger>(one(id, '/close'))
}

/** GET /api/v1/hidden-dangers/export.xlsx or export.pdf — the hidden-danger ledger with the list's filters */
export function exportHiddenDangers(query: Omit<HiddenDangerQuery, 'page' | 'size'>, format: LedgerFormat): Promise<DownloadedFile> {
  return download(`/api/v1/hidden-dangers/export.${format}`, query, `hidden-danger-ledger.${format}`, LEDGER_MEDIA_TYPES[format])
}
