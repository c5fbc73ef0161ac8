import { useI18n } from 'vue-i18n'
import { exportMajorHazardLedger, listMajorHazardSources } from '@/modules/majorhazard/api/majorHazards'
import type { SourceQuery, SourceSummary } from '@/modules/majorhazard/api/types/majorHazard'
import { useListPage } from '@/shared/composables/useListPage'
import { useDownload } from '@/shared/composables/useDownload'
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
  const list = useListPage<SourceSummary, SourceFilter>(
    () => ({ q: '', level: '', enterpriseId: '' }),
    (paging, filter) => listMajorHazardSources({ ...paging, ...toSourceQuery(filter) })
  )
  const { downloading: exporting, download: exportLedger } = useDownload(exportMajorHazardLedger, () => t('majorHazard.list.exported'))

  return { list, exporting, exportLedger }
}
