import { computed, reactive, ref, shallowRef } from 'vue'
import { useI18n } from 'vue-i18n'
import { ElMessage } from 'element-plus'
import { calibrateSite } from '@/modules/enterprise/api/sites'
import type { Area, MetrePoint } from '@/modules/enterprise/api/types/site'
import { runAction } from '@/shared/utils/actions'
import { emptyDraftPoint, pixelsToMetres, pointToSet, roundPixel, toReferencePoints } from './geometry'
import {
  computeCalibration,
  MAX_VERTICES,
  polygonArea,
  selfIntersects,
  toMetrePoint,
  type CalibrationPreview,
  type CalibrationProblem
} from './transform'
import type { AreaDraft, CalibrationDraftPoint } from './types'
import type { PlanModeState } from './usePlanMode'
import type { SitesState } from './useSites'

/** Editing on the plan: calibrating with two reference points, drawing area outlines, opening the area dialog. */
export function usePlanEditing(planMode: PlanModeState, sites: SitesState) {
  const { t } = useI18n()
  const { mode, vertices, redrawAreaId, cancelMode } = planMode
  const { site, areas, selectedAreaId, replaceSite } = sites

  const calibrationDraft = reactive<CalibrationDraftPoint[]>([emptyDraftPoint(), emptyDraftPoint()])
  const savingCalibration = ref(false)
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
      await runAction(() => calibrateSite(current.id, { points }), {
        success: t('site.calibration.saved'),
        after: (calibrated) => {
          replaceSite(calibrated)
          mode.value = 'view'
        }
      })
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
      polygon: area.polygon.map(toMetrePoint)
    }
    areaFormVisible.value = true
  }

  async function onAreaSaved(area: Area): Promise<void> {
    cancelMode()
    selectedAreaId.value = area.id
    await sites.reloadAreas()
  }

  return {
    calibrationDraft,
    calibrationPreview,
    savingCalibration,
    draftAreaM2,
    areaFormVisible,
    areaDraft,
    startCalibration,
    saveCalibration,
    startDrawing,
    undoVertex,
    finishDrawing,
    onPlanClick,
    editArea,
    onAreaSaved
  }
}
