import { computed, reactive, ref, watch, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import {
  changeUnitStatus,
  createInventoryItem,
  createTank,
  createUnit,
  updateInventoryItem,
  updateTank,
  updateUnit
} from '@/modules/enterprise/api/units'
import type { HazardUnit, HazardUnitKind, InventoryItem, Tank } from '@/modules/enterprise/api/types/unit'
import { useFormDialog, type FormDialogInstance } from '@/shared/composables/useFormDialog'
import { useUserStore } from '@/shared/stores/user'
import { decimalOrNull } from '@/modules/enterprise/utils/number'
import {
  emptyInventoryForm,
  emptyTankForm,
  emptyUnitForm,
  hasTanks,
  inventoryToForm,
  tankTonnes,
  tankToForm,
  toInventoryRequest,
  toTankRequest,
  toUnitRequest,
  unitToForm
} from './forms'
import { inventoryFormRules, statusFormRules, tankFormRules, unitFormRules } from './rule'
import { useHazardousProcesses } from './useHazardousProcesses'
import {
  INVENTORY_FORM_FIELDS,
  TANK_FORM_FIELDS,
  UNIT_FORM_FIELDS,
  type InventoryFormModel,
  type StatusFormModel,
  type TankFormModel,
  type UnitFormMode,
  type UnitFormModel
} from './types'

type DialogRef = Readonly<Ref<FormDialogInstance | null>>

export interface UnitFormProps {
  visible: boolean
  mode: UnitFormMode
  unit: HazardUnit | null
  /** Kind preselected on create (the current tab). */
  kind?: HazardUnitKind | null
}

/** Register or edit a unit. */
export function useUnitForm(props: UnitFormProps, dialog: DialogRef, onClose: () => void, onSaved: (unit: HazardUnit) => void) {
  const { t } = useI18n()
  const user = useUserStore()
  /** Users who see several enterprises name the enterprise; enterprise users register units of their own. */
  const needsEnterprise = computed(() => props.mode === 'create' && user.spansEnterprises)
  const model = reactive<UnitFormModel>(emptyUnitForm())
  const rules = computed(() => unitFormRules(t, needsEnterprise.value))
  const { processes, load: loadProcesses } = useHazardousProcesses()
  const title = computed(() => (props.mode === 'create' ? t('registry.unit.dialog.create') : t('registry.unit.dialog.edit')))
  const form = useFormDialog({
    visible: () => props.visible,
    dialog,
    model,
    reset: () => {
      void loadProcesses()
      return props.mode === 'edit' && props.unit ? unitToForm(props.unit) : emptyUnitForm(props.kind ?? 'PRODUCTION_UNIT')
    },
    fields: UNIT_FORM_FIELDS,
    save: () => {
      const body = toUnitRequest(model, props.mode, needsEnterprise.value)
      return props.mode === 'edit' && props.unit ? updateUnit(props.unit.id, body) : createUnit(body)
    },
    success: () => (props.mode === 'create' ? t('registry.unit.message.created') : t('registry.unit.message.updated')),
    onSaved,
    onClose
  })
  return { model, rules, serverErrors: form.serverErrors, needsEnterprise, processes, submitting: form.submitting, title, submit: form.submit }
}

/** Add or edit a tank of a tank farm, previewing its design maximum in tonnes. */
export function useTankForm(
  props: { visible: boolean; unitId: string; tank: Tank | null },
  dialog: DialogRef,
  onClose: () => void,
  onSaved: () => void
) {
  const { t } = useI18n()
  const model = reactive<TankFormModel>(emptyTankForm())
  const rules = computed(() => tankFormRules(t))
  const density = ref<number | null>(null)
  const title = computed(() => (props.tank ? t('registry.tank.dialog.edit') : t('registry.tank.dialog.create')))
  const previewTonnes = computed(() => tankTonnes(decimalOrNull(model.volumeM3), decimalOrNull(model.maxFillRatio), density.value))
  const form = useFormDialog({
    visible: () => props.visible,
    dialog,
    model,
    reset: () => {
      density.value = null
      return props.tank ? tankToForm(props.tank) : emptyTankForm()
    },
    fields: TANK_FORM_FIELDS,
    save: () => {
      const body = toTankRequest(model)
      return props.tank ? updateTank(props.tank.id, body) : createTank(props.unitId, body)
    },
    success: () => (props.tank ? t('registry.tank.message.updated') : t('registry.tank.message.created')),
    onSaved: () => onSaved(),
    onClose
  })
  return { model, rules, serverErrors: form.serverErrors, submitting: form.submitting, title, density, previewTonnes, submit: form.submit }
}

/** Add or edit an inventory line (entered tonnes, or derived from the tanks of a tank farm). */
export function useInventoryForm(
  props: { visible: boolean; unit: HazardUnit | null; item: InventoryItem | null },
  dialog: DialogRef,
  onClose: () => void,
  onSaved: () => void
) {
  const { t } = useI18n()
  const model = reactive<InventoryFormModel>(emptyInventoryForm('WAREHOUSE'))
  const rules = computed(() => inventoryFormRules(t, model))
  const canDerive = computed(() => (props.unit ? hasTanks(props.unit.kind) : false))
  const title = computed(() => (props.item ? t('registry.inventory.dialog.edit') : t('registry.inventory.dialog.create')))
  const form = useFormDialog({
    visible: () => props.visible,
    dialog,
    model,
    reset: () => (props.unit ? (props.item ? inventoryToForm(props.item) : emptyInventoryForm(props.unit.kind)) : null),
    fields: INVENTORY_FORM_FIELDS,
    aliases: { designMaxTonnes: 'designMaxTonnes' },
    save: () => {
      const unit = props.unit
      if (!unit) return null
      const body = toInventoryRequest(model, unit.kind)
      return props.item ? updateInventoryItem(props.item.id, body) : createInventoryItem(unit.id, body)
    },
    success: () => (props.item ? t('registry.inventory.message.updated') : t('registry.inventory.message.created')),
    onSaved: () => onSaved(),
    onClose
  })

  watch(
    () => model.deriveFromTanks,
    () => form.form.value?.clearValidate(['designMaxTonnes'])
  )

  return { model, rules, serverErrors: form.serverErrors, submitting: form.submitting, canDerive, title, submit: form.submit }
}

/** Change a production unit's status, with a reason kept in its history. */
export function useStatusForm(
  props: { visible: boolean; unit: HazardUnit | null },
  dialog: DialogRef,
  onClose: () => void,
  onSaved: (unit: HazardUnit) => void
) {
  const { t } = useI18n()
  const model = reactive<StatusFormModel>({ status: '', reason: '' })
  const rules = computed(() => statusFormRules(t))
  const form = useFormDialog({
    visible: () => props.visible,
    dialog,
    model,
    reset: (): StatusFormModel => ({ status: '', reason: '' }),
    fields: ['status', 'reason'] as const,
    save: () => {
      const unit = props.unit
      if (!unit || model.status === '') return null
      return changeUnitStatus(unit.id, { status: model.status, reason: model.reason.trim() || null })
    },
    success: () => t('registry.unit.message.statusChanged'),
    onSaved,
    onClose
  })
  return { model, rules, serverErrors: form.serverErrors, submitting: form.submitting, submit: form.submit }
}
