import { computed } from 'vue'
import { useI18n } from 'vue-i18n'
import { exportAuditEvents, listAuditEvents } from '@/modules/identity/api/audit'
import type { AuditEvent, AuditFilter, AuditOutcome } from '@/modules/identity/api/types/audit'
import { useDownload } from '@/shared/composables/useDownload'
import { useListPage, type ListPage } from '@/shared/composables/useListPage'
import type { AuditFilterForm } from './types'

/** Converts the filter bar into query parameters (ISO-8601 instants, empty values dropped). */
export function toAuditFilter(form: AuditFilterForm): AuditFilter {
  const filter: AuditFilter = {}
  if (form.from) filter.from = form.from.toISOString()
  if (form.to) filter.to = form.to.toISOString()
  const actor = form.actor.trim()
  const action = form.action.trim()
  if (actor) filter.actor = actor
  if (action) filter.action = action
  if (form.outcome) filter.outcome = form.outcome
  return filter
}

export type TagType = 'success' | 'danger' | 'warning' | 'info'

export function outcomeTagType(outcome: AuditOutcome): TagType {
  switch (outcome) {
    case 'SUCCESS':
      return 'success'
    case 'FAILURE':
      return 'danger'
    case 'DENIED':
      return 'warning'
    default:
      return 'info'
  }
}

export function useAuditList() {
  const { t } = useI18n()
  /** Filters of the last search: paging and export use these (export = what the table shows). */
  let applied: AuditFilter = {}
  const paged = useListPage<AuditEvent, AuditFilterForm>(
    () => ({ from: null, to: null, actor: '', action: '', outcome: '' }),
    (paging) => listAuditEvents({ ...applied, ...paging })
  )
  const form = paged.filter
  /** Both ends as one value, for the desktop range picker. */
  const range = computed<[Date, Date] | null>({
    get: (): [Date, Date] | null => (form.from && form.to ? [form.from, form.to] : null),
    set: (value: [Date, Date] | null) => {
      form.from = value?.[0] ?? null
      form.to = value?.[1] ?? null
    }
  })

  async function search(): Promise<void> {
    applied = toAuditFilter(form)
    await paged.search()
  }

  async function resetFilter(): Promise<void> {
    Object.assign(form, { from: null, to: null, actor: '', action: '', outcome: '' })
    await search()
  }

  /** The list with search and reset applying the filter bar first. */
  const list: ListPage<AuditEvent, AuditFilterForm> = { ...paged, search, resetFilter }

  const { downloading: exporting, download: exportXlsx } = useDownload(
    () => exportAuditEvents(applied),
    () => t('audit.message.exported')
  )

  return { form, range, list, exporting, exportXlsx }
}
