import { computed, ref, shallowRef } from 'vue'
import { useI18n } from 'vue-i18n'
import { ElMessage } from 'element-plus'
import { downloadTemplate, exportEnterprises, exportUnits, importRegistry } from '@/modules/enterprise/api/registryExcel'
import type { ImportOutcome, RegistryImportKind } from '@/modules/enterprise/api/types/registryExcel'
import { useUserStore } from '@/shared/stores/user'
import { saveBlob, type DownloadedFile } from '@/shared/http'
import { runAction } from '@/shared/utils/actions'
import { summaryRows, toErrorRows } from './errors'
import { MAX_UPLOAD_BYTES, type Download } from './types'

/** Whether a picked file may be sent: an .xlsx name within the size limit (the server checks the content). */
export function checkUpload(file: { name: string; size: number }): 'ok' | 'notXlsx' | 'tooLarge' {
  if (!/\.xlsx$/i.test(file.name)) return 'notXlsx'
  if (file.size > MAX_UPLOAD_BYTES) return 'tooLarge'
  return 'ok'
}

/** State and handlers of the import/export page. */
export function useRegistryExcel() {
  const { t } = useI18n()
  const user = useUserStore()

  /** Enterprise users work on their own enterprise; platform and government users pick one. */
  const needsEnterprise = computed(() => user.spansEnterprises)
  const enterpriseId = ref('')
  const kind = ref<RegistryImportKind>('units')
  const uploading = ref(false)
  const downloading = ref<Download>(null)
  const outcome = shallowRef<ImportOutcome | null>(null)
  const fileName = ref('')

  const summary = computed(() => (outcome.value?.accepted ? outcome.value.summary : null))
  const rejection = computed(() => (outcome.value && !outcome.value.accepted ? outcome.value.rejection : null))
  const errorRows = computed(() => (rejection.value ? toErrorRows(rejection.value) : []))
  const sheetRows = computed(() => (summary.value ? summaryRows(summary.value) : []))

  function enterpriseMissing(): boolean {
    if (needsEnterprise.value && !enterpriseId.value) {
      ElMessage.warning(t('registryExcel.enterprise.required'))
      return true
    }
    return false
  }

  async function save(which: Download, load: () => Promise<DownloadedFile>): Promise<void> {
    downloading.value = which
    try {
      await runAction(load, { after: (file) => saveBlob(file.blob, file.filename) })
    } finally {
      downloading.value = null
    }
  }

  function template(which: RegistryImportKind): Promise<void> {
    return save(which, () => downloadTemplate(which))
  }

  function exportUnitsXlsx(): Promise<void> {
    if (enterpriseMissing()) return Promise.resolve()
    return save('export-units', () => exportUnits(needsEnterprise.value ? enterpriseId.value : null))
  }

  function exportEnterprisesXlsx(): Promise<void> {
    return save('export-enterprises', () => exportEnterprises())
  }

  /** el-upload's before-upload: refuses what is surely not importable, without a request. */
  function beforeUpload(file: { name: string; size: number }): boolean {
    const verdict = checkUpload(file)
    if (verdict !== 'ok') {
      ElMessage.warning(t(`registryExcel.import.${verdict}`))
      return false
    }
    return !enterpriseMissing()
  }

  /** el-upload's http-request: sends the file and keeps the outcome (summary or every problem). */
  async function upload(file: File): Promise<void> {
    uploading.value = true
    outcome.value = null
    fileName.value = file.name
    try {
      await runAction(() => importRegistry(kind.value, file, needsEnterprise.value ? enterpriseId.value : null), {
        success: (result) => (result.accepted ? t('registryExcel.result.acceptedShort') : ''),
        after: (result) => (outcome.value = result)
      })
    } finally {
      uploading.value = false
    }
  }

  function clear(): void {
    outcome.value = null
    fileName.value = ''
  }

  return {
    needsEnterprise,
    enterpriseId,
    kind,
    uploading,
    downloading,
    outcome,
    fileName,
    summary,
    rejection,
    errorRows,
    sheetRows,
    template,
    exportUnitsXlsx,
    exportEnterprisesXlsx,
    beforeUpload,
    upload,
    clear
  }
}
