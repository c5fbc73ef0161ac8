import { useI18n } from 'vue-i18n'
import type { RoleRef, Scope } from '@/shared/api/types/auth'
import type { EnterpriseKind } from '@/modules/enterprise/api/types/enterprise'

/** Formats an ISO-8601 instant for display in the given locale (24-hour clock). */
export function formatDateTime(value: string | null | undefined, locale: string): string {
  if (!value) return ''
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return value
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hour12: false
  }).format(date)
}

/** Display helpers bound to the current locale. */
export function useFormat() {
  const { t, te, locale } = useI18n()

  function dateTime(value: string | null | undefined): string {
    return formatDateTime(value, locale.value)
  }

  /** Enterprise name, else region name, else "whole platform". */
  function scopeText(scope: Scope | null | undefined): string {
    if (!scope) return ''
    if (scope.kind === 'ENTERPRISE') return scope.enterpriseName ?? t('scope.kind.ENTERPRISE')
    if (scope.kind === 'REGION') return scope.regionName ?? t('scope.kind.REGION')
    return t('scope.platform')
  }

  /** Localised role name, falling back to the server's name for unknown codes. */
  function roleName(role: RoleRef): string {
    const key = `role.${role.code}`
    return te(key) ? t(key) : role.name
  }

  function enterpriseKind(kind: EnterpriseKind): string {
    const key = `enterprise.kind.${kind}`
    return te(key) ? t(key) : kind
  }

  return { t, dateTime, scopeText, roleName, enterpriseKind }
}
