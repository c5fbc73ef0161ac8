import type { FormItemRule, FormRules } from 'element-plus'
import { parseDecimal } from '@/modules/enterprise/utils/number'
import type { ProfileFormModel } from './types'

type Translate = (key: string, named?: Record<string, string | number>) => string
type Validator = NonNullable<FormItemRule['validator']>

/** GB 32100-2015: 18 characters of digits and capital letters without I, O, Z, S, V. The server checks the check character. */
export const CREDIT_CODE_PATTERN = /^[0-9A-HJ-NPQRTUWXY]{18}$/
/** Hazardous chemical registration code: 9 digits. */
export const HAZCHEM_CODE_PATTERN = /^[0-9]{9}$/
/** What the server accepts as a telephone number. */
export const PHONE_PATTERN = /^[0-9+\-() ]{1,32}$/
/** WGS84 extent the server accepts (China). */
export const LONGITUDE_RANGE = { min: 73, max: 136 } as const
export const LATITUDE_RANGE = { min: 3, max: 54 } as const

/** True when the text is empty or a number within [min, max]. */
export function isDecimalInRange(text: string, min: number, max: number): boolean {
  const value = parseDecimal(text)
  return value === null || (!Number.isNaN(value) && value >= min && value <= max)
}

function coordinateRule(t: Translate, range: { min: number; max: number }, message: string, other: () => string): FormItemRule {
  const validator: Validator = (_rule, value: unknown, callback) => {
    const text = typeof value === 'string' ? value : ''
    if (!isDecimalInRange(text, range.min, range.max)) callback(new Error(message))
    else if ((text.trim() === '') !== (other().trim() === '')) callback(new Error(t('registry.profile.rule.locationBoth')))
    else callback()
  }
  return { validator, trigger: 'blur' }
}

export function profileRules(t: Translate, model: ProfileFormModel): FormRules<ProfileFormModel> {
  const max = (n: number): FormItemRule => ({ max: n, message: t('validation.maxLength', { max: n }), trigger: 'blur' })
  const phone: FormItemRule = { pattern: PHONE_PATTERN, message: t('registry.profile.rule.phone'), trigger: 'blur' }
  return {
    name: [{ required: true, whitespace: true, message: t('registry.profile.rule.name'), trigger: 'blur' }, max(128)],
    unifiedSocialCreditCode: [{ pattern: CREDIT_CODE_PATTERN, message: t('registry.profile.rule.creditCode'), trigger: 'blur' }],
    hazchemRegistrationCode: [{ pattern: HAZCHEM_CODE_PATTERN, message: t('registry.profile.rule.hazchemCode'), trigger: 'blur' }],
    kinds: [{ type: 'array', required: true, min: 1, message: t('registry.profile.rule.kinds'), trigger: 'change' }],
    address: [max(256)],
    longitude: [coordinateRule(t, LONGITUDE_RANGE, t('registry.profile.rule.longitude', LONGITUDE_RANGE), () => model.latitude)],
    latitude: [coordinateRule(t, LATITUDE_RANGE, t('registry.profile.rule.latitude', LATITUDE_RANGE), () => model.longitude)],
    principalName: [max(32)],
    principalPhone: [phone],
    safetyDirectorName: [max(32)],
    safetyDirectorPhone: [phone]
  }
}
