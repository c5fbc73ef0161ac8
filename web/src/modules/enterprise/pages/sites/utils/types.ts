import type { AreaKind, MetrePoint } from '@/modules/enterprise/api/types/site'

/** What a click on the plan does. */
export type PlanMode = 'view' | 'calibrate' | 'draw'

/** One reference point being set: pixel position picked on the plan, ground coordinates typed (metres). */
export interface CalibrationDraftPoint {
  pixelX: number | null
  pixelY: number | null
  x: number | null
  y: number | null
}

/** Model of the area dialog. */
export interface AreaFormModel {
  name: string
  kind: AreaKind | ''
  fireExplosionHazard: boolean
}

export type AreaFormField = keyof AreaFormModel

export const AREA_FORM_FIELDS: readonly AreaFormField[] = ['name', 'kind', 'fireExplosionHazard']

/** What the area dialog saves: a new outline (drawn) and/or an existing area's attributes. */
export interface AreaDraft {
  /** The area being edited, or null for a new one. */
  areaId: string | null
  model: AreaFormModel
  /** Outline in metres; for an edit without redrawing, the area's current one. */
  polygon: MetrePoint[]
}

export interface EnterpriseOption {
  id: string
  name: string
}
