import { computed, ref, shallowRef, watch } from 'vue'
import { useI18n } from 'vue-i18n'
import { ElMessage, ElMessageBox } from 'element-plus'
import { listEnterprises } from '@/modules/enterprise/api/enterprises'
import { createSite, deleteArea, deleteSite, listAreas, listSites, renameSite, uploadPlan } from '@/modules/enterprise/api/sites'
import type { Area, Site } from '@/modules/enterprise/api/types/site'
import { useUserStore } from '@/shared/stores/user'
import { confirmAndRun, confirmed, runAction } from '@/shared/utils/actions'
import { isValidName } from './rule'
import { MAX_PLAN_BYTES, sniffImage } from './transform'
import type { EnterpriseOption } from './types'
import type { PlanModeState } from './usePlanMode'

/** The enterprise chosen (for users who see several), its sites and the chosen site's areas; site and area changes. */
export function useSites(planMode: PlanModeState) {
  const { t } = useI18n()
  const user = useUserStore()
  const { cancelMode } = planMode

  /** Users who see several enterprises choose one first. */
  const isEnterpriseUser = computed(() => !user.spansEnterprises)
  const enterpriseId = ref<string>(user.scope?.enterpriseId ?? '')
  const enterpriseOptions = shallowRef<EnterpriseOption[]>([])
  const enterprisesLoading = ref(false)

  const sites = shallowRef<Site[]>([])
  const siteId = ref('')
  const site = computed<Site | null>(() => sites.value.find((s) => s.id === siteId.value) ?? null)
  const areas = shallowRef<Area[]>([])
  const selectedAreaId = ref<string | null>(null)
  const loading = ref(false)
  const uploading = ref(false)

  async function searchEnterprises(query: string): Promise<void> {
    enterprisesLoading.value = true
    try {
      const page = await listEnterprises({ q: query, page: 0, size: 30 })
      enterpriseOptions.value = page.content.map((e) => ({ id: e.id, name: e.name }))
    } catch {
      enterpriseOptions.value = []
    } finally {
      enterprisesLoading.value = false
    }
  }

  function replaceSite(updated: Site): void {
    const exists = sites.value.some((s) => s.id === updated.id)
    sites.value = exists ? sites.value.map((s) => (s.id === updated.id ? updated : s)) : [...sites.value, updated]
  }

  async function loadAreas(): Promise<void> {
    const id = siteId.value
    if (!id) {
      areas.value = []
      return
    }
    try {
      const loaded = await listAreas(id)
      if (siteId.value === id) areas.value = loaded
    } catch {
      areas.value = []
    }
  }

  /** Reloads the areas and the site's area count after an area was saved or removed. */
  async function reloadAreas(): Promise<void> {
    await loadAreas()
    const current = site.value
    if (current) replaceSite({ ...current, areaCount: areas.value.length })
  }

  async function loadSites(preferred?: string): Promise<void> {
    cancelMode()
    if (!enterpriseId.value && !isEnterpriseUser.value) {
      sites.value = []
      siteId.value = ''
      areas.value = []
      return
    }
    loading.value = true
    try {
      const page = await listSites({ enterpriseId: enterpriseId.value || undefined, page: 0, size: 200 })
      sites.value = page.content
      const keep = preferred ?? siteId.value
      siteId.value = page.content.some((s) => s.id === keep) ? keep : (page.content[0]?.id ?? '')
    } catch {
      sites.value = []
      siteId.value = ''
    } finally {
      loading.value = false
    }
    await loadAreas()
  }

  async function selectSite(id: string): Promise<void> {
    cancelMode()
    siteId.value = id
    selectedAreaId.value = null
    await loadAreas()
  }

  async function askName(title: string, current: string): Promise<string | null> {
    try {
      const { value } = await ElMessageBox.prompt(t('site.dialog.namePrompt'), title, {
        inputValue: current,
        inputValidator: (value: string) => isValidName(value ?? '') || t('site.dialog.nameRequired'),
        confirmButtonText: t('common.confirm'),
        cancelButtonText: t('common.cancel'),
        customClass: 'site-name-prompt'
      })
      return value.trim()
    } catch {
      return null
    }
  }

  async function createSiteAction(): Promise<void> {
    const name = await askName(t('site.dialog.createTitle'), '')
    if (name === null) return
    await runAction(() => createSite(isEnterpriseUser.value ? { name } : { name, enterpriseId: enterpriseId.value }), {
      success: t('site.message.created'),
      after: (created) => loadSites(created.id)
    })
  }

  async function renameSiteAction(): Promise<void> {
    const current = site.value
    if (!current) return
    const name = await askName(t('site.dialog.renameTitle'), current.name)
    if (name === null || name === current.name) return
    await runAction(() => renameSite(current.id, { name }), { success: t('site.message.renamed'), after: replaceSite })
  }

  async function deleteSiteAction(): Promise<void> {
    const current = site.value
    if (!current) return
    await confirmAndRun(
      { message: t('site.dialog.deleteConfirm', { name: current.name }), title: t('site.dialog.deleteTitle') },
      () => deleteSite(current.id),
      {
        success: t('site.message.deleted'),
        after: async () => {
          siteId.value = ''
          await loadSites()
        }
      }
    )
  }

  /** Checks size and type (by the first bytes, as the server does) before sending the file. */
  async function uploadPlanFile(file: File): Promise<void> {
    const current = site.value
    if (!current) return
    if (file.size > MAX_PLAN_BYTES) {
      ElMessage.error(t('site.message.fileTooLarge'))
      return
    }
    const head = new Uint8Array(await file.slice(0, 8).arrayBuffer())
    if (!sniffImage(head)) {
      ElMessage.error(t('site.message.fileType'))
      return
    }
    if (current.calibration && !(await confirmed({ message: t('site.dialog.replaceConfirm'), title: t('site.action.replace') }))) return
    cancelMode()
    uploading.value = true
    try {
      await runAction(() => uploadPlan(current.id, file, file.name), { success: t('site.message.uploaded'), after: replaceSite })
    } finally {
      uploading.value = false
    }
  }

  async function removeArea(area: Area): Promise<void> {
    await confirmAndRun(
      { message: t('site.dialog.deleteAreaConfirm', { name: area.name }), title: t('site.dialog.deleteAreaTitle') },
      () => deleteArea(area.id),
      {
        success: t('site.area.deleted'),
        after: async () => {
          if (selectedAreaId.value === area.id) selectedAreaId.value = null
          await reloadAreas()
        }
      }
    )
  }

  async function init(): Promise<void> {
    if (isEnterpriseUser.value) {
      await loadSites()
    } else {
      await searchEnterprises('')
    }
  }

  watch(enterpriseId, () => {
    siteId.value = ''
    void loadSites()
  })

  return {
    isEnterpriseUser,
    enterpriseId,
    enterpriseOptions,
    enterprisesLoading,
    searchEnterprises,
    sites,
    siteId,
    site,
    areas,
    selectedAreaId,
    loading,
    uploading,
    replaceSite,
    reloadAreas,
    init,
    loadSites,
    selectSite,
    createSiteAction,
    renameSiteAction,
    deleteSiteAction,
    uploadPlanFile,
    removeArea
  }
}

export type SitesState = ReturnType<typeof useSites>
