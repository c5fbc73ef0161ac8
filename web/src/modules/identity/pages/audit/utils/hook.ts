import { computed, reactive, ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { ElMessage } from 'element-plus'
import { exportAuditEvents, listAuditEvents } from '@/modules/identity/api/audit'
import type { AuditEvent, AuditFilter, AuditOutcome } from '@/modules/identity/api/types/audit'
import { usePagedList } from '@/shared/composables/usePagedList'
import { saveBlob } from '@/shared/http'
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
  const form = reactive<AuditFilterForm>({ from: null, to: null, actor: '', action: '', outcome: '' })
  /** Both ends as one value, for the desktop range picker. */
  const range = computed<[Date, Date] | null>({
    get: (): [Date, Date] | null => (form.from && form.to ? [form.from, form.to] : null),
    set: (value: [Date, Date] | null) => {
      form.from = value?.[0] ?? null
      form.to = value?.[1] ?? null
    }
  })
  /** Filters of the last search: paging and export use these (export = what the table shows). */
  let applied: AuditFilter = {}
  const list = usePagedList<AuditEvent>((paging) => listAuditEvents({ ...applied, ...paging }))
  const exporting = ref(false)

  async function search(): Promise<void> {
    applied = toAuditFilter(form)
    await list.search()
  }

  async function resetFilter(): Promise<void> {
    form.from = null
    form.to = null
    form.actor = ''
    form.action = ''
    form.outcome = ''
    await search()
  }

  async function exportXlsx(): Promise<void> {
    exporting.value = true
    try {
      const file = await exportAuditEvents(applied)
      saveBlob(file.blob, file.filename)
      ElMessage.success(t('audit.message.exported'))
    } catch {
      /* message shown by the http wrapper */
    } finally {
      exporting.value = false
    }
  }

  return { form, range, ...list, search, resetFilter, exporting, exportXlsx }
}
