import type { FormItemRule, FormRules } from 'element-plus'
import { decimalRule } from '@/modules/enterprise/pages/units/utils/rule'
import type { ChemicalFormModel } from './types'

type Translate = (key: string, named?: Record<string, string | number>) => string
type Validator = NonNullable<FormItemRule['validator']>

/** nnnnnnn-nn-n: 2–7 digits, 2 digits, a check digit. */
export const CAS_PATTERN = /^(\d{2,7})-(\d{2})-(\d)$/

/** The CAS check digit of the digits before it: Σ digit × position from the right, mod 10. */
export function casCheckDigit(digits: string): number {
  let sum = 0
  for (let position = 1; position <= digits.length; position++) {
    sum += Number(digits.charAt(digits.length - position)) * position
  }
  return sum % 10
}

/** Whether the text is a CAS number with the right check digit (7782-50-5 → true). */
export function isValidCas(text: string): boolean {
  const match = CAS_PATTERN.exec(text.trim())
  if (!match) return false
  return casCheckDigit(`${match[1] ?? ''}${match[2] ?? ''}`) === Number(match[3])
}

export function chemicalFormRules(t: Translate, model: ChemicalFormModel, needsEnterprise: boolean): FormRules<ChemicalFormModel> {
  const casValidator: Validator = (_rule, value: unknown, callback) => {
    const text = typeof value === 'string' ? value.trim() : ''
    if (text === '') callback()
    else if (!CAS_PATTERN.test(text)) callback(new Error(t('registry.chemical.rule.casFormat')))
    else if (!isValidCas(text)) callback(new Error(t('registry.chemical.rule.casCheckDigit')))
    else callback()
  }
  const rules: FormRules<ChemicalFormModel> = {
    density: [decimalRule(t, { above: 0, max: 999.9999, decimals: 4 })],
    lel: [decimalRule(t, { above: 0, max: 100, decimals: 4 })],
    pcTwa: [decimalRule(t, { min: 0, max: 9_999_999.9999, decimals: 4 })],
    pcStel: [decimalRule(t, { min: 0, max: 9_999_999.9999, decimals: 4 })],
    mac: [decimalRule(t, { min: 0, max: 9_999_999.9999, decimals: 4 })],
    aliases: [{ type: 'array', max: 20, message: t('registry.chemical.rule.aliases', { max: 20 }), trigger: 'change' }]
  }
  if (model.linked) {
    rules.referenceChemicalId = [{ required: true, message: t('registry.chemical.rule.reference'), trigger: 'change' }]
  } else {
    rules.name = [
      { required: true, whitespace: true, message: t('registry.chemical.rule.name'), trigger: 'blur' },
      { max: 64, message: t('validation.maxLength', { max: 64 }), trigger: 'blur' }
    ]
    rules.cas = [{ validator: casValidator, trigger: 'blur' }]
  }
  if (needsEnterprise) rules.enterpriseId = [{ required: true, message: t('registry.rule.enterprise'), trigger: 'change' }]
  return rules
}
