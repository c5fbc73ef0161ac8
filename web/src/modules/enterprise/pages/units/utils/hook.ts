import { computed, reactive, ref, shallowRef, watch, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { ElMessage } from 'element-plus'
import {
  changeUnitStatus,
  createInventoryItem,
  createTank,
  createUnit,
  deleteInventoryItem,
  deleteTank,
  deleteUnit,
  getUnit,
  getUnitStatusHistory,
  listHazardousProcesses,
  listInventory,
  listTanks,
  listUnits,
  updateInventoryItem,
  updateTank,
  updateUnit
} from '@/modules/enterprise/api/units'
import type {
  HazardousProcess,
  HazardUnit,
  HazardUnitKind,
  InventoryItem,
  InventoryItemRequest,
  StatusChange,
  Tank,
  TankRequest,
  UnitRequest
} from '@/modules/enterprise/api/types/unit'
import { validateForm, type FormRef } from '@/shared/composables/useFormRef'
import { usePagedList } from '@/shared/composables/usePagedList'
import { useServerErrors } from '@/shared/composables/useServerErrors'
import { isProblemError } from '@/shared/http'
import { useUserStore } from '@/shared/stores/user'
import { confirmDanger } from '@/shared/utils/confirm'
import { decimalOrNull, numberText } from '@/modules/enterprise/utils/number'
import { inventoryFormRules, statusFormRules, tankFormRules, unitFormRules } from './rule'
import {
  INVENTORY_FORM_FIELDS,
  TANK_FORM_FIELDS,
  UNIT_FORM_FIELDS,
  type InventoryFormModel,
  type StatusFormModel,
  type TankFormModel,
  type UnitFilter,
  type UnitFormMode,
  type UnitFormModel
} from './types'

/* ---------------- pure helpers (unit-tested) ---------------- */

/** Tank farms hold tanks. */
export function hasTanks(kind: HazardUnitKind): boolean {
  return kind === 'TANK_FARM'
}

/** Loading racks are not units of GB 18218: no inventory, no identification. */
export function isIdentified(kind: HazardUnitKind): boolean {
  return kind !== 'LOADING_RACK'
}

export function emptyUnitForm(kind: HazardUnitKind = 'PRODUCTION_UNIT'): UnitFormModel {
  return { enterpriseId: '', kind, code: '', name: '', hazardousProcesses: [], status: 'RUNNING' }
}

export function unitToForm(unit: HazardUnit): UnitFormModel {
  return {
    enterpriseId: unit.enterpriseId,
    kind: unit.kind,
    code: unit.code,
    name: unit.name,
    hazardousProcesses: [...unit.hazardousProcesses],
    status: unit.status ?? 'RUNNING'
  }
}

/**
 * The unit request: processes and status only for production units; the status only on create (later changes
 * go through the status change, with a reason and history); the enterprise only when the caller must name it.
 */
export function toUnitRequest(model: UnitFormModel, mode: UnitFormMode, withEnterprise: boolean): UnitRequest {
  const production = model.kind === 'PRODUCTION_UNIT'
  const request: UnitRequest = {
    kind: model.kind,
    code: model.code.trim(),
    name: model.name.trim(),
    hazardousProcesses: production ? [...model.hazardousProcesses] : []
  }
  if (production && mode === 'create') request.status = model.status
  if (withEnterprise && mode === 'create' && model.enterpriseId) request.enterpriseId = model.enterpriseId
  return request
}

export function emptyTankForm(): TankFormModel {
  return {
    code: '',
    tankType: 'VERTICAL_FIXED_ROOF',
    volumeM3: '',
    chemicalId: '',
    designPressureMpa: '',
    designTemperatureC: '',
    maxFillRatio: '0.85'
  }
}

export function tankToForm(tank: Tank): TankFormModel {
  return {
    code: tank.code,
    tankType: tank.tankType,
    volumeM3: numberText(tank.volumeM3),
    chemicalId: tank.chemicalId ?? '',
    designPressureMpa: numberText(tank.designPressureMpa),
    designTemperatureC: numberText(tank.designTemperatureC),
    maxFillRatio: numberText(tank.maxFillRatio)
  }
}

export function toTankRequest(model: TankFormModel): TankRequest {
  return {
    code: model.code.trim(),
    tankType: model.tankType,
    volumeM3: decimalOrNull(model.volumeM3) ?? 0,
    chemicalId: model.chemicalId || null,
    designPressureMpa: decimalOrNull(model.designPressureMpa),
    designTemperatureC: decimalOrNull(model.designTemperatureC),
    maxFillRatio: decimalOrNull(model.maxFillRatio) ?? 0
  }
}

/** Design maximum of one tank, V × fill ratio × density, rounded to 0.0001 t as the server does; null if unknown. */
export function tankTonnes(volumeM3: number | null, maxFillRatio: number | null, density: number | null): number | null {
  if (volumeM3 === null || maxFillRatio === null || density === null) return null
  return Math.round(volumeM3 * maxFillRatio * density * 10_000) / 10_000
}

export function emptyInventoryForm(kind: HazardUnitKind): InventoryFormModel {
  return { chemicalId: '', deriveFromTanks: hasTanks(kind), designMaxTonnes: '' }
}

export function inventoryToForm(item: InventoryItem): InventoryFormModel {
  return {
    chemicalId: item.chemicalId,
    deriveFromTanks: item.source === 'DERIVED_FROM_TANKS',
    designMaxTonnes: numberText(item.enteredTonnes)
  }
}

export function toInventoryRequest(model: InventoryFormModel, kind: HazardUnitKind): InventoryItemRequest {
  const derive = hasTanks(kind) && model.deriveFromTanks
  return { chemicalId: model.chemicalId, designMaxTonnes: derive ? null : decimalOrNull(model.designMaxTonnes) }
}

/** Tanks whose chemical is not listed in the unit's inventory (their contents do not count yet). */
export function tanksOutsideInventory(tanks: readonly Tank[], inventory: readonly InventoryItem[]): Tank[] {
  const listed = new Set(inventory.map((item) => item.chemicalId))
  return tanks.filter((tank) => tank.chemicalId !== null && !listed.has(tank.chemicalId))
}

/* ---------------- hazardous processes (reference list, loaded once) ---------------- */

let processesCache: Promise<HazardousProcess[]> | null = null

export function useHazardousProcesses() {
  const processes = shallowRef<HazardousProcess[]>([])
  async function load(): Promise<void> {
    processesCache ??= listHazardousProcesses().catch((error: unknown) => {
      processesCache = null
      throw error
    })
    try {
      processes.value = await processesCache
    } catch {
      processes.value = []
    }
  }
  const nameOf = (code: string): string => processes.value.find((process) => process.code === code)?.name ?? code
  return { processes, load, nameOf }
}

/* ---------------- list page ---------------- */

export function useUnitList() {
  const { t } = useI18n()
  const user = useUserStore()
  const filter = reactive<UnitFilter>({ q: '', kind: 'ALL', enterpriseId: '' })
  const list = usePagedList<HazardUnit>((paging) =>
    listUnits({
      ...paging,
      q: filter.q,
      kind: filter.kind === 'ALL' ? undefined : filter.kind,
      enterpriseId: filter.enterpriseId || undefined
    })
  )
  /** Supervisors and platform users see several enterprises. */
  const showEnterprise = computed(() => user.scopeKind !== 'ENTERPRISE')

  const formVisible = ref(false)
  const formMode = ref<UnitFormMode>('create')
  const formUnit = shallowRef<HazardUnit | null>(null)

  function openCreate(): void {
    formMode.value = 'create'
    formUnit.value = null
    formVisible.value = true
  }

  function openEdit(unit: HazardUnit): void {
    formMode.value = 'edit'
    formUnit.value = unit
    formVisible.value = true
  }

  async function remove(unit: HazardUnit): Promise<void> {
    if (!(await confirmDanger(t('registry.unit.confirm.delete', { name: `${unit.code} ${unit.name}` }), t('registry.action.delete')))) return
    try {
      await deleteUnit(unit.id)
      ElMessage.success(t('registry.unit.message.deleted'))
      await list.load()
    } catch {
      /* message shown by the http wrapper */
    }
  }

  async function resetFilter(): Promise<void> {
    filter.q = ''
    filter.enterpriseId = ''
    await list.search()
  }

  return { filter, ...list, showEnterprise, resetFilter, formVisible, formMode, formUnit, openCreate, openEdit, remove }
}

/* ---------------- create / edit dialog ---------------- */

export interface UnitFormProps {
  visible: boolean
  mode: UnitFormMode
  unit: HazardUnit | null
  /** Kind preselected on create (the current tab). */
  kind?: HazardUnitKind | null
}

export function useUnitForm(props: UnitFormProps, formRef: FormRef, onClose: () => void, onSaved: (unit: HazardUnit) => void) {
  const { t } = useI18n()
  const user = useUserStore()
  /** Only platform users name the enterprise; enterprise users register units of their own. */
  const needsEnterprise = computed(() => props.mode === 'create' && user.scopeKind !== 'ENTERPRISE')
  const model = reactive<UnitFormModel>(emptyUnitForm())
  const rules = computed(() => unitFormRules(t, needsEnterprise.value))
  const server = useServerErrors(UNIT_FORM_FIELDS)
  const { processes, load: loadProcesses } = useHazardousProcesses()
  const submitting = ref(false)
  const title = computed(() => (props.mode === 'create' ? t('registry.unit.dialog.create') : t('registry.unit.dialog.edit')))

  watch(
    () => props.visible,
    (visible) => {
      if (!visible) return
      server.clear()
      Object.assign(model, props.mode === 'edit' && props.unit ? unitToForm(props.unit) : emptyUnitForm(props.kind ?? 'PRODUCTION_UNIT'))
      void loadProcesses()
      formRef.value?.clearValidate()
    },
    { immediate: true }
  )

  async function submit(): Promise<void> {
    server.clear()
    if (!(await validateForm(formRef))) return
    submitting.value = true
    try {
      const body = toUnitRequest(model, props.mode, needsEnterprise.value)
      const saved = props.mode === 'edit' && props.unit ? await updateUnit(props.unit.id, body) : await createUnit(body)
      ElMessage.success(props.mode === 'create' ? t('registry.unit.message.created') : t('registry.unit.message.updated'))
      onSaved(saved)
      onClose()
    } catch (error: unknown) {
      server.apply(error)
    } finally {
      submitting.value = false
    }
  }

  return { model, rules, serverErrors: server.errors, needsEnterprise, processes, submitting, title, submit }
}

/* ---------------- detail page ---------------- */

export function useUnitDetail(unitId: Ref<string>) {
  const { t } = useI18n()
  const unit = shallowRef<HazardUnit | null>(null)
  const tanks = shallowRef<Tank[]>([])
  const inventory = shallowRef<InventoryItem[]>([])
  const history = shallowRef<StatusChange[]>([])
  const loading = ref(false)
  const notFound = ref(false)
  /** Bumped after every change of tanks or inventory (the server re-assesses the unit shortly after). */
  const inventoryVersion = ref(0)
  const { processes, load: loadProcesses, nameOf: processName } = useHazardousProcesses()

  async function loadTanks(): Promise<void> {
    if (!unit.value || !hasTanks(unit.value.kind)) return
    try {
      tanks.value = await listTanks(unit.value.id)
    } catch {
      tanks.value = []
    }
  }

  async function loadInventory(): Promise<void> {
    if (!unit.value || !isIdentified(unit.value.kind)) return
    try {
      inventory.value = await listInventory(unit.value.id)
    } catch {
      inventory.value = []
    }
  }

  async function loadHistory(): Promise<void> {
    if (!unit.value || unit.value.kind !== 'PRODUCTION_UNIT') return
    try {
      history.value = await getUnitStatusHistory(unit.value.id)
    } catch {
      history.value = []
    }
  }

  async function load(): Promise<void> {
    loading.value = true
    notFound.value = false
    try {
      unit.value = await getUnit(unitId.value)
    } catch (error: unknown) {
      unit.value = null
      notFound.value = isProblemError(error) && error.status === 404
      loading.value = false
      return
    }
    await Promise.all([loadTanks(), loadInventory(), loadHistory(), unit.value.kind === 'PRODUCTION_UNIT' ? loadProcesses() : undefined])
    loading.value = false
  }

  async function afterStockChange(): Promise<void> {
    await Promise.all([loadTanks(), loadInventory()])
    inventoryVersion.value++
  }

  async function removeTank(tank: Tank): Promise<void> {
    if (!(await confirmDanger(t('registry.tank.confirm.delete', { code: tank.code }), t('registry.action.delete')))) return
    try {
      await deleteTank(tank.id)
      ElMessage.success(t('registry.tank.message.deleted'))
      await afterStockChange()
    } catch {
      /* message shown by the http wrapper */
    }
  }

  async function removeItem(item: InventoryItem): Promise<void> {
    if (!(await confirmDanger(t('registry.inventory.confirm.delete', { name: item.chemicalName }), t('registry.action.delete')))) return
    try {
      await deleteInventoryItem(item.id)
      ElMessage.success(t('registry.inventory.message.deleted'))
      await afterStockChange()
    } catch {
      /* message shown by the http wrapper */
    }
  }

  async function afterUnitSaved(saved: HazardUnit): Promise<void> {
    unit.value = saved
    await loadHistory()
  }

  const outsideInventory = computed(() => tanksOutsideInventory(tanks.value, inventory.value))

  return {
    unit,
    tanks,
    inventory,
    history,
    loading,
    notFound,
    inventoryVersion,
    processes,
    processName,
    outsideInventory,
    load,
    afterStockChange,
    afterUnitSaved,
    removeTank,
    removeItem
  }
}

/* ---------------- tank dialog ---------------- */

export function useTankForm(
  props: { visible: boolean; unitId: string; tank: Tank | null },
  formRef: FormRef,
  onClose: () => void,
  onSaved: () => void
) {
  const { t } = useI18n()
  const model = reactive<TankFormModel>(emptyTankForm())
  const rules = computed(() => tankFormRules(t))
  const server = useServerErrors(TANK_FORM_FIELDS)
  const submitting = ref(false)
  const density = ref<number | null>(null)
  const title = computed(() => (props.tank ? t('registry.tank.dialog.edit') : t('registry.tank.dialog.create')))
  const previewTonnes = computed(() => tankTonnes(decimalOrNull(model.volumeM3), decimalOrNull(model.maxFillRatio), density.value))

  watch(
    () => props.visible,
    (visible) => {
      if (!visible) return
      server.clear()
      density.value = null
      Object.assign(model, props.tank ? tankToForm(props.tank) : emptyTankForm())
      formRef.value?.clearValidate()
    },
    { immediate: true }
  )

  async function submit(): Promise<void> {
    server.clear()
    if (!(await validateForm(formRef))) return
    submitting.value = true
    try {
      const body = toTankRequest(model)
      if (props.tank) await updateTank(props.tank.id, body)
      else await createTank(props.unitId, body)
      ElMessage.success(props.tank ? t('registry.tank.message.updated') : t('registry.tank.message.created'))
      onSaved()
      onClose()
    } catch (error: unknown) {
      server.apply(error)
    } finally {
      submitting.value = false
    }
  }

  return { model, rules, serverErrors: server.errors, submitting, title, density, previewTonnes, submit }
}

/* ---------------- inventory dialog ---------------- */

export function useInventoryForm(
  props: { visible: boolean; unit: HazardUnit | null; item: InventoryItem | null },
  formRef: FormRef,
  onClose: () => void,
  onSaved: () => void
) {
  const { t } = useI18n()
  const model = reactive<InventoryFormModel>(emptyInventoryForm('WAREHOUSE'))
  const rules = computed(() => inventoryFormRules(t, model))
  const server = useServerErrors(INVENTORY_FORM_FIELDS, { designMaxTonnes: 'designMaxTonnes' })
  const submitting = ref(false)
  const canDerive = computed(() => (props.unit ? hasTanks(props.unit.kind) : false))
  const title = computed(() => (props.item ? t('registry.inventory.dialog.edit') : t('registry.inventory.dialog.create')))

  watch(
    () => props.visible,
    (visible) => {
      if (!visible || !props.unit) return
      server.clear()
      Object.assign(model, props.item ? inventoryToForm(props.item) : emptyInventoryForm(props.unit.kind))
      formRef.value?.clearValidate()
    },
    { immediate: true }
  )

  watch(
    () => model.deriveFromTanks,
    () => formRef.value?.clearValidate(['designMaxTonnes'])
  )

  async function submit(): Promise<void> {
    const unit = props.unit
    if (!unit) return
    server.clear()
    if (!(await validateForm(formRef))) return
    submitting.value = true
    try {
      const body = toInventoryRequest(model, unit.kind)
      if (props.item) await updateInventoryItem(props.item.id, body)
      else await createInventoryItem(unit.id, body)
      ElMessage.success(props.item ? t('registry.inventory.message.updated') : t('registry.inventory.message.created'))
      onSaved()
      onClose()
    } catch (error: unknown) {
      server.apply(error)
    } finally {
      submitting.value = false
    }
  }

  return { model, rules, serverErrors: server.errors, submitting, canDerive, title, submit }
}

/* ---------------- status change dialog ---------------- */

export function useStatusForm(
  props: { visible: boolean; unit: HazardUnit | null },
  formRef: FormRef,
  onClose: () => void,
  onSaved: (unit: HazardUnit) => void
) {
  const { t } = useI18n()
  const model = reactive<StatusFormModel>({ status: '', reason: '' })
  const rules = computed(() => statusFormRules(t))
  const server = useServerErrors<'status' | 'reason'>(['status', 'reason'])
  const submitting = ref(false)

  watch(
    () => props.visible,
    (visible) => {
      if (!visible) return
      server.clear()
      model.status = ''
      model.reason = ''
      formRef.value?.clearValidate()
    },
    { immediate: true }
  )

  async function submit(): Promise<void> {
    const unit = props.unit
    if (!unit || model.status === '') {
      await validateForm(formRef)
      return
    }
    server.clear()
    if (!(await validateForm(formRef))) return
    submitting.value = true
    try {
      const saved = await changeUnitStatus(unit.id, { status: model.status, reason: model.reason.trim() || null })
      ElMessage.success(t('registry.unit.message.statusChanged'))
      onSaved(saved)
      onClose()
    } catch (error: unknown) {
      server.apply(error)
    } finally {
      submitting.value = false
    }
  }

  return { model, rules, serverErrors: server.errors, submitting, submit }
}
