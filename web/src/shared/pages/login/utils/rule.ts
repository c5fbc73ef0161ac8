import type { FormRules } from 'element-plus'
import type { LoginForm } from './types'

type Translate = (key: string) => string

export function loginRules(t: Translate): FormRules<LoginForm> {
  return {
    username: [{ required: true, whitespace: true, message: t('login.rule.username'), trigger: 'blur' }],
    password: [{ required: true, message: t('login.rule.password'), trigger: 'blur' }]
  }
}
