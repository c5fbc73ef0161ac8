import { del, get, post, put } from '@/shared/http'
import type { Page } from '@/shared/api/types/common'
import type { RiskCalculationRequest } from './types/assessment'
import type {
  AccountableTasksResult,
  TaskAssigneeChoices,
  ControlMeasure,
  ControlMeasureRequest,
  DueWindow,
  InspectionTask,
  InspectionTaskRequest,
  RiskAssessment,
  RiskEvent,
  RiskEventRequest,
  RiskMap,
  RiskObject,
  RiskObjectQuery,
  RiskObjectRequest,
  RiskUnit,
  RiskUnitRequest
} from './types/register'

const path = (collection: string, id: string, child = ''): string => `/api/v1/${collection}/${encodeURIComponent(id)}${child}`

/** GET /api/v1/risk-objects?enterpriseId=&page=&size= — the scope's risk analysis objects */
export function listRiskObjects(query: RiskObjectQuery = {}): Promise<Page<RiskObject>> {
  return get<Page<RiskObject>, RiskObjectQuery>('/api/v1/risk-objects', query)
}

/** POST /api/v1/risk-objects */
export function createRiskObject(body: RiskObjectRequest): Promise<RiskObject> {
  return post<RiskObject, RiskObjectRequest>('/api/v1/risk-objects', body)
}

/** PUT /api/v1/risk-objects/{id} */
export function updateRiskObject(id: string, body: RiskObjectRequest): Promise<RiskObject> {
  return put<RiskObject, RiskObjectRequest>(path('risk-objects', id), body)
}

/** GET /api/v1/risk-objects/{id}/units */
export function listRiskUnits(objectId: string): Promise<RiskUnit[]> {
  return get<RiskUnit[]>(path('risk-objects', objectId, '/units'))
}

/** POST /api/v1/risk-objects/{id}/units */
export function createRiskUnit(objectId: string, body: RiskUnitRequest): Promise<RiskUnit> {
  return post<RiskUnit, RiskUnitRequest>(path('risk-objects', objectId, '/units'), body)
}

/** PUT /api/v1/risk-units/{id} */
export function updateRiskUnit(id: string, body: RiskUnitRequest): Promise<RiskUnit> {
  return put<RiskUnit, RiskUnitRequest>(path('risk-units', id), body)
}

/** GET /api/v1/risk-units/{id}/events — each with its latest assessment */
export function listRiskEvents(unitId: string): Promise<RiskEvent[]> {
  return get<RiskEvent[]>(path('risk-units', unitId, '/events'))
}

/** POST /api/v1/risk-units/{id}/events */
export function createRiskEvent(unitId: string, body: RiskEventRequest): Promise<RiskEvent> {
  return post<RiskEvent, RiskEventRequest>(path('risk-units', unitId, '/events'), body)
}

/** PUT /api/v1/risk-events/{id} */
export function updateRiskEvent(id: string, body: RiskEventRequest): Promise<RiskEvent> {
  return put<RiskEvent, RiskEventRequest>(path('risk-events', id), body)
}

/** GET /api/v1/risk-events/{id}/assessments — the event's assessment history */
export function listAssessments(eventId: string): Promise<RiskAssessment[]> {
  return get<RiskAssessment[]>(path('risk-events', eventId, '/assessments'))
}

/** POST /api/v1/risk-events/{id}/assessments — assess with the calculator and the default bands */
export function assessRiskEvent(eventId: string, body: RiskCalculationRequest): Promise<RiskAssessment> {
  return post<RiskAssessment, RiskCalculationRequest>(path('risk-events', eventId, '/assessments'), body)
}

/** GET /api/v1/risk-events/{id}/measures */
export function listMeasures(eventId: string): Promise<ControlMeasure[]> {
  return get<ControlMeasure[]>(path('risk-events', eventId, '/measures'))
}

/** POST /api/v1/risk-events/{id}/measures */
export function createMeasure(eventId: string, body: ControlMeasureRequest): Promise<ControlMeasure> {
  return post<ControlMeasure, ControlMeasureRequest>(path('risk-events', eventId, '/measures'), body)
}

/** PUT /api/v1/control-measures/{id} */
export function updateMeasure(id: string, body: ControlMeasureRequest): Promise<ControlMeasure> {
  return put<ControlMeasure, ControlMeasureRequest>(path('control-measures', id), body)
}

/** GET /api/v1/control-measures/{id}/tasks */
export function listTasks(measureId: string): Promise<InspectionTask[]> {
  return get<InspectionTask[]>(path('control-measures', measureId, '/tasks'))
}

/** POST /api/v1/control-measures/{id}/tasks */
export function createTask(measureId: string, body: InspectionTaskRequest): Promise<InspectionTask> {
  return post<InspectionTask, InspectionTaskRequest>(path('control-measures', measureId, '/tasks'), body)
}

/** PUT /api/v1/inspection-tasks/{id} */
export function updateTask(id: string, body: InspectionTaskRequest): Promise<InspectionTask> {
  return put<InspectionTask, InspectionTaskRequest>(path('inspection-tasks', id), body)
}

/** GET /api/v1/inspection-tasks/{id}/occurrences?from=&to= — the due windows the engine generates (at most 366 days) */
export function listOccurrences(taskId: string, from: string, to: string): Promise<DueWindow[]> {
  return get<DueWindow[], { from: string; to: string }>(path('inspection-tasks', taskId, '/occurrences'), { from, to })
}

/** The collections of the register, for deleting a node of any kind. */
export type RegisterCollection = 'risk-objects' | 'risk-units' | 'risk-events' | 'control-measures' | 'inspection-tasks'

/** DELETE /api/v1/{collection}/{id} — a node with children answers 409 */
export function deleteRegisterNode(collection: RegisterCollection, id: string): Promise<void> {
  return del(path(collection, id))
}

/** GET /api/v1/risk-map?siteId= — each area of the site's plan with the highest current risk level of its units */
export function getRiskMap(siteId: string): Promise<RiskMap> {
  return get<RiskMap, { siteId: string }>('/api/v1/risk-map', { siteId })
}

/** POST /api/v1/risk-objects/{id}/accountable-tasks — the source's accountable checklist as tasks of work types 1–3 */
export function generateAccountableTasks(objectId: string, majorHazardSourceId: string): Promise<AccountableTasksResult> {
  return post<AccountableTasksResult, { majorHazardSourceId: string }>(path('risk-objects', objectId, '/accountable-tasks'), {
    majorHazardSourceId
  })
}

/** GET /api/v1/inspection-tasks/assignees?enterpriseId= — the enterprise's enabled users and its posts (roles) */
export function taskAssignees(enterpriseId: string): Promise<TaskAssigneeChoices> {
  return get<TaskAssigneeChoices, { enterpriseId: string }>('/api/v1/inspection-tasks/assignees', { enterpriseId })
}
