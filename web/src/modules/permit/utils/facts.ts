import type { ClassifyRequest, HeightCondition, HeightHazardFactor, WeatherCondition, WorkType } from '../api/types/rules'

/** What the pre-check form holds; only the facts of the chosen type are sent. */
export interface PreCheckModel {
  type: WorkType
  fireExplosionArea: boolean
  equipmentInOperation: boolean
  inMajorHazardBund: boolean
  onPipeRack: boolean
  heightMetres: number | null
  hazardFactors: HeightHazardFactor[]
  heightConditions: HeightCondition[]
  loadTonnes: number | null
  depthMetres: number | null
  heavyMachinery: boolean
  buriedHazardousLines: boolean
  specialCase: boolean
  servedWorkEnd: string | null
  outdoor: boolean
  windForce: number | null
  weather: WeatherCondition[]
  plannedStart: string | null
  plannedEnd: string | null
}

export function emptyPreCheck(): PreCheckModel {
  return {
    type: 'HOT_WORK',
    fireExplosionArea: false,
    equipmentInOperation: false,
    inMajorHazardBund: false,
    onPipeRack: false,
    heightMetres: null,
    hazardFactors: [],
    heightConditions: [],
    loadTonnes: null,
    depthMetres: null,
    heavyMachinery: false,
    buriedHazardousLines: false,
    specialCase: false,
    servedWorkEnd: null,
    outdoor: false,
    windForce: null,
    weather: [],
    plannedStart: null,
    plannedEnd: null
  }
}

/** Which groups of facts a type asks for (the form shows only those). */
export function factGroups(type: WorkType): {
  hotWork: boolean
  area: boolean
  height: boolean
  lifting: boolean
  excavation: boolean
  power: boolean
} {
  return {
    hotWork: type === 'HOT_WORK',
    area: type === 'HOT_WORK' || type === 'TEMPORARY_POWER',
    height: type === 'HEIGHT',
    lifting: type === 'LIFTING',
    excavation: type === 'EXCAVATION',
    power: type === 'TEMPORARY_POWER'
  }
}

/** The request for the chosen type: facts of other types are left out, empty values are not sent. */
export function toClassifyRequest(model: PreCheckModel): ClassifyRequest {
  const groups = factGroups(model.type)
  const request: ClassifyRequest = { type: model.type, outdoor: model.outdoor, weather: model.weather }
  if (model.windForce !== null) request.windForce = model.windForce
  if (model.plannedStart) request.plannedStart = model.plannedStart
  if (model.plannedEnd) request.plannedEnd = model.plannedEnd
  if (groups.area) request.fireExplosionArea = model.fireExplosionArea
  if (groups.hotWork) {
    request.equipmentInOperation = model.equipmentInOperation
    request.inMajorHazardBund = model.inMajorHazardBund
    request.onPipeRack = model.onPipeRack
  }
  if (groups.height) {
    request.heightMetres = model.heightMetres
    request.hazardFactors = model.hazardFactors
    request.heightConditions = model.heightConditions
  }
  if (groups.lifting) request.loadTonnes = model.loadTonnes
  if (groups.excavation) {
    request.depthMetres = model.depthMetres
    request.heavyMachinery = model.heavyMachinery
    request.buriedHazardousLines = model.buriedHazardousLines
  }
  if (groups.power) {
    request.specialCase = model.specialCase
    if (model.servedWorkEnd) request.servedWorkEnd = model.servedWorkEnd
  }
  return request
}

/** Whole days when the minutes are a number of days, else hours (to one decimal). */
export function validityParts(minutes: number): { value: number; unit: 'days' | 'hours' } {
  return minutes % 1440 === 0 ? { value: minutes / 1440, unit: 'days' } : { value: Math.round((minutes / 60) * 10) / 10, unit: 'hours' }
}

/** The pre-check form holding the facts of a kept application (a draft): the facts it has, the defaults for the rest. */
export function preCheckOf(facts: Partial<Record<keyof PreCheckModel, unknown>> | undefined): PreCheckModel {
  const model = emptyPreCheck()
  if (!facts) return model
  for (const key of Object.keys(model) as (keyof PreCheckModel)[]) {
    const value = facts[key]
    if (value !== undefined && value !== null) (model as unknown as Record<string, unknown>)[key] = value
  }
  return model
}
