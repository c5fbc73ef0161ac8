import { download, get, post, put, type DownloadedFile } from '@/shared/http'
import type { Page } from '@/shared/api/types/common'
import type {
  AcknowledgeRequest,
  Alarm,
  AlarmDetail,
  AlarmKpiQuery,
  AlarmKpiReport,
  AlarmQuery,
  DisposeRequest,
  LadderRequest,
  LadderView,
  OutOfServiceRequest,
  ShelveRequest
} from './types/alarms'

const ALARMS = '/api/v1/alarms'
const one = (id: string): string => `${ALARMS}/${encodeURIComponent(id)}`

export const LEDGER_FALLBACK_NAME = 'alarm-ledger.xlsx'

/** GET /api/v1/alarms — the scope's alarms, newest first */
export function listAlarms(query: AlarmQuery = {}): Promise<Page<Alarm>> {
  return get<Page<Alarm>, AlarmQuery>(ALARMS, query)
}

/** GET /api/v1/alarms/{id} — with its transitions, oldest first */
export function getAlarm(id: string): Promise<AlarmDetail> {
  return get<AlarmDetail>(one(id))
}

/** POST /api/v1/alarms/{id}/acknowledge */
export function acknowledgeAlarm(id: string, body: AcknowledgeRequest): Promise<AlarmDetail> {
  return post<AlarmDetail, AcknowledgeRequest>(`${one(id)}/acknowledge`, body)
}

/** POST /api/v1/alarms/{id}/shelve — with a reason, until a time */
export function shelveAlarm(id: string, body: ShelveRequest): Promise<AlarmDetail> {
  return post<AlarmDetail, ShelveRequest>(`${one(id)}/shelve`, body)
}

/** POST /api/v1/alarms/{id}/unshelve */
export function unshelveAlarm(id: string): Promise<AlarmDetail> {
  return post<AlarmDetail>(`${one(id)}/unshelve`)
}

/** POST /api/v1/alarms/{id}/out-of-service — with a reason, until returned to service */
export function takeAlarmOutOfService(id: string, body: OutOfServiceRequest): Promise<AlarmDetail> {
  return post<AlarmDetail, OutOfServiceRequest>(`${one(id)}/out-of-service`, body)
}

/** POST /api/v1/alarms/{id}/return-to-service */
export function returnAlarmToService(id: string): Promise<AlarmDetail> {
  return post<AlarmDetail>(`${one(id)}/return-to-service`)
}

/** POST /api/v1/alarms/{id}/dispose — records the disposal and closes the alarm */
export function disposeAlarm(id: string, body: DisposeRequest): Promise<AlarmDetail> {
  return post<AlarmDetail, DisposeRequest>(`${one(id)}/dispose`, body)
}

/** GET /api/v1/alarms/export.xlsx — the alarm ledger with the list's filter */
export function exportAlarmLedger(query: Omit<AlarmQuery, 'page' | 'size'>): Promise<DownloadedFile> {
  return download(`${ALARMS}/export.xlsx`, query, LEDGER_FALLBACK_NAME)
}

/** GET /api/v1/alarm-kpis — EEMUA 191 / ISA-18.2 performance of the scope */
export function alarmKpis(query: AlarmKpiQuery): Promise<AlarmKpiReport> {
  return get<AlarmKpiReport, AlarmKpiQuery>('/api/v1/alarm-kpis', query)
}

/** GET /api/v1/alarm-ladders — the enterprise's escalation ladders and the defaults */
export function getLadders(enterpriseId?: string): Promise<LadderView> {
  return get<LadderView, { enterpriseId?: string }>('/api/v1/alarm-ladders', enterpriseId ? { enterpriseId } : {})
}

/** PUT /api/v1/alarm-ladders */
export function putLadders(body: LadderRequest): Promise<LadderView> {
  return put<LadderView, LadderRequest>('/api/v1/alarm-ladders', body)
}
