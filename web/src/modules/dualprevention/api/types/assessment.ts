import { allOf, type Schemas } from '@/shared/api/schemas'

/** A method's factor tables and default bands (GET /api/v1/risk-assessments/methods). */
export type RiskMethodTables = Schemas['RiskMethodTables']
export type RiskFactorTable = Schemas['RiskFactorTable']
export type RiskCalculationRequest = Schemas['RiskCalculationRequest']
export type RiskCalculationResult = Schemas['RiskCalculationResult']
export type AppliedRiskBand = Schemas['AppliedRiskBand']
export type RiskMethod = RiskCalculationRequest['method']
export type RiskFactor = RiskFactorTable['factor']
export type RiskLevel = RiskCalculationResult['level']
export type RiskColour = RiskCalculationResult['colour']
export type ControlLevel = RiskCalculationResult['controlLevel']

export const RISK_METHODS = allOf<RiskMethod>()(['LEC', 'LS', 'MES'])
/** Most severe first: MAJOR red, HIGH orange, MEDIUM yellow, LOW blue. */
export const RISK_LEVELS = allOf<RiskLevel>()(['MAJOR', 'HIGH', 'MEDIUM', 'LOW'])
export const CONTROL_LEVELS = allOf<ControlLevel>()(['COMPANY', 'WORKSHOP', 'TEAM', 'POST'])

/** The bands an enterprise grades a method by (its own, or the defaults), and what sets them. */
export type RiskBandSetting = Schemas['RiskBandSetting']
export type RiskBandsRequest = Schemas['RiskBandsRequest']
