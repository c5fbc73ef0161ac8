import type { FormRules } from 'element-plus'
import type { AreaFormModel } from './types'

type Translate = (key: string, named?: Record<string, string | number>) => string

export const NAME_MAX_LENGTH = 64

/** A site or area name: not blank, at most 64 characters (as the server checks). */
export function isValidName(value: string): boolean {
  const trimmed = value.trim()
  return trimmed.length > 0 && trimmed.length <= NAME_MAX_LENGTH
}

export function areaFormRules(t: Translate): FormRules<AreaFormModel> {
  return {
    name: [
      { required: true, whitespace: true, message: t('site.area.rule.name'), trigger: 'blur' },
      { max: NAME_MAX_LENGTH, message: t('site.area.rule.name'), trigger: 'blur' }
    ],
    kind: [{ required: true, message: t('site.area.rule.kind'), trigger: 'change' }]
  }
}
