import { allOf, type Schemas } from '@/shared/api/schemas'

/** Facts of planned special work (POST /api/v1/permits/rules/classify). */
export type ClassifyRequest = Schemas['ClassifyRequest']
/** Grade, validity, approver, weather stop and violations, each finding with its rule and clause. */
export type Classification = Schemas['ClassificationView']
export type RuleFinding = Schemas['RuleFinding']
/** An item of a type's safety-measure checklist (Appendix A). */
export type SafetyMeasure = Schemas['SafetyMeasure']
export type WorkType = ClassifyRequest['type']
export type WorkGrade = NonNullable<Classification['grade']>
export type ApproverRole = NonNullable<Classification['approverRole']>
export type HeightHazardFactor = NonNullable<ClassifyRequest['hazardFactors']>[number]
export type HeightCondition = NonNullable<ClassifyRequest['heightConditions']>[number]
export type WeatherCondition = NonNullable<ClassifyRequest['weather']>[number]

/** The eight types of GB 30871-2022, in the standard's order (clauses 5 to 12). */
export const WORK_TYPES = allOf<WorkType>()([
  'HOT_WORK',
  'CONFINED_SPACE',
  'BLIND_PLATE',
  'HEIGHT',
  'LIFTING',
  'TEMPORARY_POWER',
  'EXCAVATION',
  'ROAD_BREAKING'
])

export const HEIGHT_HAZARD_FACTORS = allOf<HeightHazardFactor>()([
  'GUST_WIND',
  'LOW_TEMPERATURE',
  'COLD_WATER',
  'SLIPPERY',
  'POOR_LIGHT',
  'NEAR_LIVE_CONDUCTOR',
  'UNSTABLE_FOOTING',
  'TOXIC_OR_LOW_OXYGEN',
  'DISASTER'
])

export const HEIGHT_CONDITIONS = allOf<HeightCondition>()([
  'SLOPE_OVER_45_DEGREES',
  'OPENING_PIT_OR_WELL',
  'HAZARDOUS_ZONE_OR_ROTATING_MACHINERY',
  'NO_PLATFORM_OR_GUARDRAIL',
  'INSIDE_TOWER_OR_VESSEL',
  'NEAR_VENT_OR_STACK',
  'EXTREME_TEMPERATURE',
  'SNOW_OR_RAIN',
  'NIGHT_ARTIFICIAL_LIGHT',
  'LIVE_CONDUCTOR_WORK',
  'SUSPENDED'
])

export const WEATHER_CONDITIONS = allOf<WeatherCondition>()(['DENSE_FOG', 'HEAVY_SNOW', 'RAINSTORM'])

/** A field of a type's Appendix A form (text, number or choice), with the form's label. */
export type FormField = Schemas['FormField']
