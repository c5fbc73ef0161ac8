import type {
  ControlMeasure,
  ControlMeasureRequest,
  CycleUnit,
  InspectionTask,
  InspectionTaskRequest,
  RiskEvent,
  RiskEventRequest,
  RiskObject,
  RiskObjectRequest,
  RiskUnit,
  RiskUnitRequest,
  WorkDayType
} from '../api/types/register'
import type { RegisterCollection } from '../api/register'
import { MEASURE_CLASSES } from './codes'

/** A node of the register tree, by kind, with the row it shows. */
export type RegisterNode =
  | { kind: 'object'; row: RiskObject }
  | { kind: 'unit'; row: RiskUnit }
  | { kind: 'event'; row: RiskEvent }
  | { kind: 'measure'; row: ControlMeasure }
  | { kind: 'task'; row: InspectionTask }
export type NodeKind = RegisterNode['kind']

/** The chain, top down: object → unit → event → measure → task. */
export const NODE_KINDS: readonly NodeKind[] = ['object', 'unit', 'event', 'measure', 'task']

/** The kind a node's children have; none under a task. */
export function childKind(kind: NodeKind): NodeKind | null {
  return NODE_KINDS[NODE_KINDS.indexOf(kind) + 1] ?? null
}

export function collectionOf(kind: NodeKind): RegisterCollection {
  const collections: Record<NodeKind, RegisterCollection> = {
    object: 'risk-objects',
    unit: 'risk-units',
    event: 'risk-events',
    measure: 'control-measures',
    task: 'inspection-tasks'
  }
  return collections[kind]
}

/** The text a node shows in the tree. */
export function nodeLabel(node: RegisterNode): string {
  switch (node.kind) {
    case 'object':
      return node.row.hazardCode ? `${node.row.name} (${node.row.hazardCode})` : node.row.name
    case 'unit':
      return node.row.riskUnitName
    case 'event':
      return node.row.riskEventName
    case 'measure':
      return node.row.riskMeasureDesc
    case 'task':
      return node.row.troubleshootContent
  }
}

/** Unique in the tree: kind and id. */
export const nodeKey = (node: RegisterNode): string => `${node.kind}:${node.row.id}`

/** What the node dialog holds, for every kind (each kind sends its own fields). */
export interface NodeModel {
  enterpriseId: string
  name: string
  hazardCode: string
  riskUnitName: string
  hazardDep: string
  hazardLiablePerson: string
  /** The site-plan area the unit lies in (for the four-colour map); empty for none. */
  areaId: string
  /** The production or storage unit it belongs to (its tasks pause while that unit is stopped); empty for none. */
  hazardUnitId: string
  riskEventName: string
  riskMeasureDesc: string
  dataSrc: number
  classify1: string
  classify2: string
  classify3: string
  troubleshootContent: string
  checkCycle: number
  checkCycleUnit: CycleUnit
  taskStartTime: string
  workStartTime: string
  workEndTime: string
  workDayType: WorkDayType
  workType: number
  taskNum: number | undefined
  /** Who does the task's rounds: a user, or a post (role) whose holders all do them; empty for neither. */
  assigneeId: string
  assigneeRole: string
}

export function emptyNodeModel(): NodeModel {
  return {
    enterpriseId: '',
    name: '',
    hazardCode: '',
    riskUnitName: '',
    hazardDep: '',
    hazardLiablePerson: '',
    areaId: '',
    hazardUnitId: '',
    riskEventName: '',
    riskMeasureDesc: '',
    dataSrc: 2,
    classify1: '1',
    classify2: '1-1',
    classify3: '',
    troubleshootContent: '',
    checkCycle: 1,
    checkCycleUnit: 'DAY',
    taskStartTime: '',
    workStartTime: '',
    workEndTime: '',
    workDayType: 'EVERY_DAY',
    workType: 0,
    taskNum: undefined,
    assigneeId: '',
    assigneeRole: ''
  }
}

/** The dialog's model for editing a node: its row's fields over the empty model. */
export function modelOf(node: RegisterNode): NodeModel {
  const model = emptyNodeModel()
  const row = node.row
  switch (node.kind) {
    case 'object':
      return { ...model, name: node.row.name, hazardCode: node.row.hazardCode ?? '', enterpriseId: row.enterpriseId }
    case 'unit':
      return {
        ...model,
        riskUnitName: node.row.riskUnitName,
        hazardDep: node.row.hazardDep ?? '',
        hazardLiablePerson: node.row.hazardLiablePerson ?? '',
        areaId: node.row.areaId ?? '',
        hazardUnitId: node.row.hazardUnitId ?? ''
      }
    case 'event':
      return { ...model, riskEventName: node.row.riskEventName }
    case 'measure':
      return {
        ...model,
        riskMeasureDesc: node.row.riskMeasureDesc,
        dataSrc: node.row.dataSrc,
        classify1: node.row.classify1,
        classify2: node.row.classify2,
        classify3: node.row.classify3 ?? '',
        troubleshootContent: node.row.troubleshootContent ?? ''
      }
    case 'task':
      return {
        ...model,
        troubleshootContent: node.row.troubleshootContent,
        checkCycle: node.row.checkCycle,
        checkCycleUnit: node.row.checkCycleUnit,
        taskStartTime: node.row.taskStartTime,
        workStartTime: node.row.workStartTime ?? '',
        workEndTime: node.row.workEndTime ?? '',
        workDayType: node.row.workDayType,
        workType: node.row.workType,
        taskNum: node.row.taskNum ?? undefined,
        assigneeId: node.row.assigneeId ?? '',
        assigneeRole: node.row.assigneeRole ?? ''
      }
  }
}

const orNull = (text: string): string | null => (text.trim() ? text.trim() : null)

/** Supervisors name the enterprise of a new risk object; enterprise users' objects are their own. */
export function objectRequest(model: NodeModel, chooseEnterprise: boolean): RiskObjectRequest {
  const request: RiskObjectRequest = { name: model.name.trim(), hazardCode: orNull(model.hazardCode) }
  if (chooseEnterprise && model.enterpriseId) request.enterpriseId = model.enterpriseId
  return request
}

export function unitRequest(model: NodeModel): RiskUnitRequest {
  return {
    riskUnitName: model.riskUnitName.trim(),
    hazardDep: orNull(model.hazardDep),
    hazardLiablePerson: orNull(model.hazardLiablePerson),
    areaId: model.areaId || null,
    hazardUnitId: model.hazardUnitId || null
  }
}

export function eventRequest(model: NodeModel): RiskEventRequest {
  return { riskEventName: model.riskEventName.trim() }
}

export function measureRequest(model: NodeModel): ControlMeasureRequest {
  return {
    riskMeasureDesc: model.riskMeasureDesc.trim(),
    dataSrc: model.dataSrc,
    classify1: model.classify1,
    classify2: model.classify2,
    classify3: orNull(model.classify3),
    troubleshootContent: orNull(model.troubleshootContent)
  }
}

/** The work window is sent for hourly cycles only, the checklist item number for the responsible roles' work types only. */
export function taskRequest(model: NodeModel): InspectionTaskRequest {
  const hourly = model.checkCycleUnit === 'HOUR'
  return {
    troubleshootContent: model.troubleshootContent.trim(),
    checkCycle: model.checkCycle,
    checkCycleUnit: model.checkCycleUnit,
    taskStartTime: model.taskStartTime,
    workStartTime: hourly ? orNull(model.workStartTime) : null,
    workEndTime: hourly ? orNull(model.workEndTime) : null,
    workDayType: model.workDayType,
    workType: model.workType,
    taskNum: model.workType === 0 ? null : (model.taskNum ?? null),
    assigneeId: model.assigneeId || null,
    assigneeRole: model.assigneeId ? null : model.assigneeRole || null
  }
}

/** The classify2 codes a classify1 offers; keeps the chosen one only if it lies under the new classify1. */
export function classify2After(classify1: string, classify2: string): string {
  const options = MEASURE_CLASSES[classify1] ?? []
  return options.includes(classify2) ? classify2 : (options[0] ?? '')
}

/** A preview range of plant days as the instants the occurrence API takes: [from 00:00, the day after `to` 00:00) in Asia/Shanghai. */
export function occurrenceRange(from: string, to: string): { from: string; to: string } {
  const start = new Date(`${from}T00:00:00+08:00`)
  const end = new Date(`${to}T00:00:00+08:00`)
  end.setUTCDate(end.getUTCDate() + 1)
  return { from: start.toISOString(), to: end.toISOString() }
}
