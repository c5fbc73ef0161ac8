import type { FormItemRule, FormRules } from 'element-plus'
import { decimalPlaces, parseDecimal } from '@/modules/enterprise/utils/number'
import type { InventoryFormModel, StatusFormModel, TankFormModel, UnitFormModel } from './types'

type Translate = (key: string, named?: Record<string, string | number>) => string
type Validator = NonNullable<FormItemRule['validator']>

/** Unit and tank codes: letters, digits and . _ / - (as the server checks). */
export const CODE_PATTERN = /^[A-Za-z0-9._/-]+$/

export interface DecimalBounds {
  min?: number
  /** Exclusive lower bound. */
  above?: number
  max?: number
  decimals?: number
  required?: boolean
}

/** Why a decimal text is not acceptable, as a message key with its arguments; null when it is. */
export function decimalProblem(text: string, bounds: DecimalBounds): { key: string; named?: Record<string, number> } | null {
  const value = parseDecimal(text)
  if (value === null) return bounds.required ? { key: 'registry.rule.required' } : null
  if (Number.isNaN(value)) return { key: 'registry.rule.number' }
  if (bounds.above !== undefined && value <= bounds.above) return { key: 'registry.rule.above', named: { min: bounds.above } }
  if (bounds.min !== undefined && value < bounds.min) return { key: 'registry.rule.min', named: { min: bounds.min } }
  if (bounds.max !== undefined && value > bounds.max) return { key: 'registry.rule.max', named: { max: bounds.max } }
  if (bounds.decimals !== undefined && decimalPlaces(text) > bounds.decimals) {
    return { key: 'registry.rule.decimals', named: { max: bounds.decimals } }
  }
  return null
}

/** Element Plus rule for a decimal typed as text. */
export function decimalRule(t: Translate, bounds: DecimalBounds): FormItemRule {
  const validator: Validator = (_rule, value: unknown, callback) => {
    const problem = decimalProblem(typeof value === 'string' ? value : '', bounds)
    if (problem) callback(new Error(t(problem.key, problem.named)))
    else callback()
  }
  return { required: bounds.required, validator, trigger: 'blur' }
}

export function unitFormRules(t: Translate, needsEnterprise: boolean): FormRules<UnitFormModel> {
  const rules: FormRules<UnitFormModel> = {
    kind: [{ required: true, message: t('registry.unit.rule.kind'), trigger: 'change' }],
    code: [
      { required: true, whitespace: true, message: t('registry.unit.rule.code'), trigger: 'blur' },
      { pattern: CODE_PATTERN, message: t('registry.rule.codePattern'), trigger: 'blur' },
      { max: 32, message: t('validation.maxLength', { max: 32 }), trigger: 'blur' }
    ],
    name: [
      { required: true, whitespace: true, message: t('registry.unit.rule.name'), trigger: 'blur' },
      { max: 64, message: t('validation.maxLength', { max: 64 }), trigger: 'blur' }
    ]
  }
  if (needsEnterprise) rules.enterpriseId = [{ required: true, message: t('registry.rule.enterprise'), trigger: 'change' }]
  return rules
}

export function tankFormRules(t: Translate): FormRules<TankFormModel> {
  return {
    code: [
      { required: true, whitespace: true, message: t('registry.tank.rule.code'), trigger: 'blur' },
      { pattern: CODE_PATTERN, message: t('registry.rule.codePattern'), trigger: 'blur' },
      { max: 32, message: t('validation.maxLength', { max: 32 }), trigger: 'blur' }
    ],
    tankType: [{ required: true, message: t('registry.tank.rule.tankType'), trigger: 'change' }],
    volumeM3: [decimalRule(t, { required: true, above: 0, max: 1_000_000, decimals: 3 })],
    maxFillRatio: [decimalRule(t, { required: true, above: 0, max: 1, decimals: 3 })],
    designPressureMpa: [decimalRule(t, { min: -0.1, max: 100, decimals: 4 })],
    designTemperatureC: [decimalRule(t, { min: -273, max: 1000, decimals: 1 })]
  }
}

export function inventoryFormRules(t: Translate, model: InventoryFormModel): FormRules<InventoryFormModel> {
  return {
    chemicalId: [{ required: true, message: t('registry.inventory.rule.chemical'), trigger: 'change' }],
    designMaxTonnes: model.deriveFromTanks ? [] : [decimalRule(t, { required: true, min: 0, max: 10_000_000, decimals: 4 })]
  }
}

export function statusFormRules(t: Translate): FormRules<StatusFormModel> {
  return {
    status: [{ required: true, message: t('registry.unit.rule.status'), trigger: 'change' }],
    reason: [{ max: 256, message: t('validation.maxLength', { max: 256 }), trigger: 'blur' }]
  }
}
