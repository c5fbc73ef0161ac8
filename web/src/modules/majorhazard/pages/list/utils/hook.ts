import { computed, reactive, ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { ElMessage } from 'element-plus'
import { exportMajorHazardLedger, listMajorHazardSources } from '@/modules/majorhazard/api/majorHazards'
import type { SourceQuery, SourceSummary } from '@/modules/majorhazard/api/types/majorHazard'
import { usePagedList } from '@/shared/composables/usePagedList'
import { saveBlob } from '@/shared/http'
import { useUserStore } from '@/shared/stores/user'
import type { SourceFilter } from './types'

/** The query for the list and the ledger export: empty filters are left out. */
export function toSourceQuery(filter: SourceFilter): Pick<SourceQuery, 'q' | 'level' | 'enterpriseId'> {
  const query: Pick<SourceQuery, 'q' | 'level' | 'enterpriseId'> = {}
  if (filter.q.trim()) query.q = filter.q.trim()
  if (filter.level !== '') query.level = filter.level
  if (filter.enterpriseId) query.enterpriseId = filter.enterpriseId
  return query
}

/** The register of major hazard sources in the caller's scope, with the ledger export. */
export function useSourceList() {
  const { t } = useI18n()
  const user = useUserStore()
  const filter = reactive<SourceFilter>({ q: '', level: '', enterpriseId: '' })
  const list = usePagedList<SourceSummary>((paging) => listMajorHazardSources({ ...paging, ...toSourceQuery(filter) }))
  const showEnterprise = computed(() => user.scopeKind !== 'ENTERPRISE')
  const exporting = ref(false)

  async function exportLedger(): Promise<void> {
    exporting.value = true
    try {
      const file = await exportMajorHazardLedger()
      saveBlob(file.blob, file.filename)
      ElMessage.success(t('majorHazard.list.exported'))
    } catch {
      /* message shown by the http wrapper */
    } finally {
      exporting.value = false
    }
  }

  async function resetFilter(): Promise<void> {
    filter.q = ''
    filter.level = ''
    filter.enterpriseId = ''
    await list.search()
  }

  return { filter, ...list, showEnterprise, exporting, exportLedger, resetFilter }
}
