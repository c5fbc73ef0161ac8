import { computed, reactive, ref, shallowRef, watch } from 'vue'
import { useI18n } from 'vue-i18n'
import { ElMessage, ElMessageBox } from 'element-plus'
import { listEnterprises } from '@/modules/enterprise/api/enterprises'
import {
  calibrateSite,
  createArea,
  createSite,
  deleteArea,
  deleteSite,
  listAreas,
  listSites,
  renameSite,
  updateArea,
  uploadPlan
} from '@/modules/enterprise/api/sites'
import type { Area, AreaRequest, MetrePoint, ReferencePoint, Site } from '@/modules/enterprise/api/types/site'
import { validateForm, type FormRef } from '@/shared/composables/useFormRef'
import { useServerErrors } from '@/shared/composables/useServerErrors'
import { useUserStore } from '@/shared/stores/user'
import { areaFormRules, isValidName } from './rule'
import {
  computeCalibration,
  isCalibrationProblem,
  latLngToMetre,
  MAX_PLAN_BYTES,
  MAX_VERTICES,
  pixelToLatLng,
  polygonArea,
  selfIntersects,
  sniffImage,
  type CalibrationPreview,
  type CalibrationProblem,
  type Pair
} from './transform'
import {
  AREA_FORM_FIELDS,
  type AreaDraft,
  type AreaFormModel,
  type CalibrationDraftPoint,
  type EnterpriseOption,
  type PlanMode
} from './types'

/* ---------------- pure helpers (unit-tested) ---------------- */

/** Plan pixels → metres through the calibration's pixel → metre transform. */
export function pixelsToMetres(site: Pick<Site, 'calibration'>, vertices: readonly Pair[]): MetrePoint[] {
  const calibration = site.calibration
  if (!calibration) return []
  return vertices.map(([px, py]) => {
    const [lat, lng] = pixelToLatLng(px, py)
    return latLngToMetre(calibration.pixelToMetre, lat, lng)
  })
}

/** A complete calibration draft as the request's two points, or null while something is missing. */
export function toReferencePoints(draft: readonly CalibrationDraftPoint[]): [ReferencePoint, ReferencePoint] | null {
  const points: ReferencePoint[] = []
  for (const point of draft) {
    const { pixelX, pixelY, x, y } = point
    if (pixelX === null || pixelY === null || x === null || y === null) return null
    if (![pixelX, pixelY, x, y].every(Number.isFinite)) return null
    points.push({ pixelX, pixelY, x, y })
  }
  const [first, second] = points
  return first && second && points.length === 2 ? [first, second] : null
}

/** Which reference point a click on the plan sets: the first unset one, else the nearer one. */
export function pointToSet(draft: readonly CalibrationDraftPoint[], pixelX: number, pixelY: number): number {
  const unset = draft.findIndex((point) => point.pixelX === null || point.pixelY === null)
  if (unset >= 0) return unset
  const distance = (point: CalibrationDraftPoint): number =>
    Math.hypot((point.pixelX ?? 0) - pixelX, (point.pixelY ?? 0) - pixelY)
  const [first, second] = draft
  return first && second && distance(second) < distance(first) ? 1 : 0
}

/** Rounds a picked pixel to a tenth, which is finer than anyone clicks. */
export function roundPixel(value: number): number {
  return Math.round(value * 10) / 10
}

export function emptyDraftPoint(): CalibrationDraftPoint {
  return { pixelX: null, pixelY: null, x: null, y: null }
}

export function toAreaRequest(model: AreaFormModel, polygon: MetrePoint[]): AreaRequest | null {
  if (model.kind === '') return null
  return {
    name: model.name.trim(),
    kind: model.kind,
    fireExplosionHazard: model.fireExplosionHazard,
    polygon: polygon.map(([x, y]) => [Math.round(x * 1000) / 1000, Math.round(y * 1000) / 1000])
  }
}

/* ---------------- the page ---------------- */

export function useSitePlan() {
  const { t } = useI18n()
  const user = useUserStore()

  const isEnterpriseUser = computed(() => user.scopeKind === 'ENTERPRISE')
  /** Enterprise users with enterprise:write and the platform administrator; supervisors only read. */
  const canEdit = computed(() => user.hasPerm('enterprise:write') && user.scopeKind !== 'REGION')

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

  const mode = ref<PlanMode>('view')
  const calibrationDraft = reactive<CalibrationDraftPoint[]>([emptyDraftPoint(), emptyDraftPoint()])
  const savingCalibration = ref(false)
  const vertices = ref<Pair[]>([])
  const redrawAreaId = ref<string | null>(null)

  const areaFormVisible = ref(false)
  const areaDraft = shallowRef<AreaDraft | null>(null)

  const calibrationPreview = computed<CalibrationPreview | CalibrationProblem | null>(() => {
    const points = toReferencePoints(calibrationDraft)
    const plan = site.value?.plan
    if (!points || !plan) return null
    return computeCalibration(points[0], points[1], plan.widthPx, plan.heightPx)
  })
  const draftMetres = computed<MetrePoint[]>(() => (site.value ? pixelsToMetres(site.value, vertices.value) : []))
  const draftAreaM2 = computed(() => polygonArea(draftMetres.value))

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

  async function confirm(message: string, title: string): Promise<boolean> {
    try {
      await ElMessageBox.confirm(message, title, {
        type: 'warning',
        confirmButtonText: t('common.confirm'),
        cancelButtonText: t('common.cancel')
      })
      return true
    } catch {
      return false
    }
  }

  async function createSiteAction(): Promise<void> {
    const name = await askName(t('site.dialog.createTitle'), '')
    if (name === null) return
    try {
      const created = await createSite(isEnterpriseUser.value ? { name } : { name, enterpriseId: enterpriseId.value })
      ElMessage.success(t('site.message.created'))
      await loadSites(created.id)
    } catch {
      /* message shown by the http wrapper */
    }
  }

  async function renameSiteAction(): Promise<void> {
    const current = site.value
    if (!current) return
    const name = await askName(t('site.dialog.renameTitle'), current.name)
    if (name === null || name === current.name) return
    try {
      replaceSite(await renameSite(current.id, { name }))
      ElMessage.success(t('site.message.renamed'))
    } catch {
      /* message shown by the http wrapper */
    }
  }

  async function deleteSiteAction(): Promise<void> {
    const current = site.value
    if (!current) return
    if (!(await confirm(t('site.dialog.deleteConfirm', { name: current.name }), t('site.dialog.deleteTitle')))) return
    try {
      await deleteSite(current.id)
      ElMessage.success(t('site.message.deleted'))
      siteId.value = ''
      await loadSites()
    } catch {
      /* message shown by the http wrapper */
    }
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
    if (current.calibration && !(await confirm(t('site.dialog.replaceConfirm'), t('site.action.replace')))) return
    cancelMode()
    uploading.value = true
    try {
      replaceSite(await uploadPlan(current.id, file, file.name))
      ElMessage.success(t('site.message.uploaded'))
    } catch {
      /* message shown by the http wrapper */
    } finally {
      uploading.value = false
    }
  }

  function cancelMode(): void {
    mode.value = 'view'
    vertices.value = []
    redrawAreaId.value = null
  }

  function startCalibration(): void {
    const current = site.value
    if (!current?.plan) return
    cancelMode()
    const existing = current.calibration?.points ?? []
    calibrationDraft.splice(
      0,
      2,
      ...[0, 1].map((i) => {
        const point = existing[i]
        return point ? { ...point } : emptyDraftPoint()
      })
    )
    mode.value = 'calibrate'
  }

  async function saveCalibration(): Promise<void> {
    const current = site.value
    const points = toReferencePoints(calibrationDraft)
    if (!current || !points) {
      ElMessage.warning(t('site.calibration.invalid'))
      return
    }
    savingCalibration.value = true
    try {
      replaceSite(await calibrateSite(current.id, { points }))
      ElMessage.success(t('site.calibration.saved'))
      mode.value = 'view'
    } catch {
      /* message shown by the http wrapper */
    } finally {
      savingCalibration.value = false
    }
  }

  /** Starts drawing a new area, or a new outline for an existing one. */
  function startDrawing(areaId: string | null = null): void {
    if (!site.value?.calibration) return
    cancelMode()
    redrawAreaId.value = areaId
    mode.value = 'draw'
  }

  function undoVertex(): void {
    vertices.value = vertices.value.slice(0, -1)
  }

  function finishDrawing(): void {
    if (vertices.value.length < 3) {
      ElMessage.warning(t('site.draw.tooFew'))
      return
    }
    const polygon = draftMetres.value
    if (selfIntersects(polygon)) {
      ElMessage.warning(t('site.draw.selfIntersecting'))
      return
    }
    const existing = areas.value.find((area) => area.id === redrawAreaId.value) ?? null
    areaDraft.value = {
      areaId: existing?.id ?? null,
      model: existing
        ? { name: existing.name, kind: existing.kind, fireExplosionHazard: existing.fireExplosionHazard }
        : { name: '', kind: '', fireExplosionHazard: false },
      polygon
    }
    areaFormVisible.value = true
  }

  /** A click on the plan, in pixels. */
  function onPlanClick(pixelX: number, pixelY: number): void {
    const plan = site.value?.plan
    if (!plan) return
    if (mode.value === 'calibrate') {
      if (pixelX < 0 || pixelY < 0 || pixelX > plan.widthPx || pixelY > plan.heightPx) return
      const point = calibrationDraft[pointToSet(calibrationDraft, pixelX, pixelY)]
      if (point) {
        point.pixelX = roundPixel(pixelX)
        point.pixelY = roundPixel(pixelY)
      }
    } else if (mode.value === 'draw') {
      if (vertices.value.length >= MAX_VERTICES) return
      vertices.value = [...vertices.value, [pixelX, pixelY]]
    } else {
      selectedAreaId.value = null
    }
  }

  function editArea(area: Area): void {
    areaDraft.value = {
      areaId: area.id,
      model: { name: area.name, kind: area.kind, fireExplosionHazard: area.fireExplosionHazard },
      polygon: area.polygon
    }
    areaFormVisible.value = true
  }

  async function onAreaSaved(area: Area): Promise<void> {
    cancelMode()
    selectedAreaId.value = area.id
    await loadAreas()
    const current = site.value
    if (current) replaceSite({ ...current, areaCount: areas.value.length })
  }

  async function removeArea(area: Area): Promise<void> {
    if (!(await confirm(t('site.dialog.deleteAreaConfirm', { name: area.name }), t('site.dialog.deleteAreaTitle')))) return
    try {
      await deleteArea(area.id)
      ElMessage.success(t('site.area.deleted'))
      if (selectedAreaId.value === area.id) selectedAreaId.value = null
      await loadAreas()
      const current = site.value
      if (current) replaceSite({ ...current, areaCount: areas.value.length })
    } catch {
      /* message shown by the http wrapper */
    }
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
    canEdit,
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
    mode,
    calibrationDraft,
    calibrationPreview,
    savingCalibration,
    vertices,
    redrawAreaId,
    draftAreaM2,
    areaFormVisible,
    areaDraft,
    init,
    loadSites,
    selectSite,
    createSiteAction,
    renameSiteAction,
    deleteSiteAction,
    uploadPlanFile,
    cancelMode,
    startCalibration,
    saveCalibration,
    startDrawing,
    undoVertex,
    finishDrawing,
    onPlanClick,
    editArea,
    onAreaSaved,
    removeArea,
    isCalibrationProblem
  }
}

/* ---------------- area dialog ---------------- */

export interface AreaFormProps {
  visible: boolean
  siteId: string
  draft: AreaDraft | null
}

export function useAreaForm(props: AreaFormProps, formRef: FormRef, onClose: () => void, onSaved: (area: Area) => void) {
  const { t } = useI18n()
  const model = reactive<AreaFormModel>({ name: '', kind: '', fireExplosionHazard: false })
  const rules = computed(() => areaFormRules(t))
  const server = useServerErrors(AREA_FORM_FIELDS)
  const submitting = ref(false)
  const areaM2 = computed(() => (props.draft ? polygonArea(props.draft.polygon) : 0))
  const title = computed(() => (props.draft?.areaId ? t('site.area.formTitleEdit') : t('site.area.formTitleCreate')))

  watch(
    () => props.visible,
    (visible) => {
      if (!visible || !props.draft) return
      Object.assign(model, props.draft.model)
      server.clear()
      formRef.value?.clearValidate()
    },
    { immediate: true }
  )

  async function submit(): Promise<void> {
    const draft = props.draft
    if (!draft) return
    server.clear()
    if (!(await validateForm(formRef))) return
    const request = toAreaRequest(model, draft.polygon)
    if (!request) return
    submitting.value = true
    try {
      const saved = draft.areaId ? await updateArea(draft.areaId, request) : await createArea(props.siteId, request)
      ElMessage.success(t('site.area.saved'))
      onSaved(saved)
      onClose()
    } catch (error: unknown) {
      server.apply(error)
    } finally {
      submitting.value = false
    }
  }

  return { model, rules, serverErrors: server.errors, submitting, areaM2, title, submit }
}
