import { computed, ref, shallowRef, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { deleteInventoryItem, deleteTank, getUnit, getUnitStatusHistory, listInventory, listTanks } from '@/modules/enterprise/api/units'
import type { HazardUnit, InventoryItem, StatusChange, Tank } from '@/modules/enterprise/api/types/unit'
import { isProblemError } from '@/shared/http'
import { confirmAndRun } from '@/shared/utils/actions'
import { hasTanks, isIdentified, tanksOutsideInventory } from './forms'
import { useHazardousProcesses } from './useHazardousProcesses'

/** One unit with its tanks, inventory and status history; removes tanks and inventory lines. */
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

  /** Loads a part of the unit when it applies to the unit's kind; an empty part when it cannot be read. */
  async function loadPart<T>(applies: (unit: HazardUnit) => boolean, read: (id: string) => Promise<T[]>, target: Ref<T[]>): Promise<void> {
    if (!unit.value || !applies(unit.value)) return
    try {
      target.value = await read(unit.value.id)
    } catch {
      target.value = []
    }
  }

  const loadTanks = (): Promise<void> => loadPart((u) => hasTanks(u.kind), listTanks, tanks)
  const loadInventory = (): Promise<void> => loadPart((u) => isIdentified(u.kind), listInventory, inventory)
  const loadHistory = (): Promise<void> => loadPart((u) => u.kind === 'PRODUCTION_UNIT', getUnitStatusHistory, history)

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
    await confirmAndRun(
      { message: t('registry.tank.confirm.delete', { code: tank.code }), title: t('registry.action.delete'), danger: true },
      () => deleteTank(tank.id),
      { success: t('registry.tank.message.deleted'), after: afterStockChange }
    )
  }

  async function removeItem(item: InventoryItem): Promise<void> {
    await confirmAndRun(
      { message: t('registry.inventory.confirm.delete', { name: item.chemicalName }), title: t('registry.action.delete'), danger: true },
      () => deleteInventoryItem(item.id),
      { success: t('registry.inventory.message.deleted'), after: afterStockChange }
    )
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
