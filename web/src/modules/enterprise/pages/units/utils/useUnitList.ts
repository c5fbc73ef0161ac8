import { ref, shallowRef } from 'vue'
import { useI18n } from 'vue-i18n'
import { deleteUnit, listUnits } from '@/modules/enterprise/api/units'
import type { HazardUnit } from '@/modules/enterprise/api/types/unit'
import { useListPage } from '@/shared/composables/useListPage'
import { confirmAndRun } from '@/shared/utils/actions'
import type { UnitFilter, UnitFormMode } from './types'

/** The unit list: filter by kind tab, text and enterprise; create, edit and delete. */
export function useUnitList() {
  const { t } = useI18n()
  const list = useListPage<HazardUnit, UnitFilter>(
    () => ({ q: '', kind: 'ALL', enterpriseId: '' }),
    (paging, filter) =>
      listUnits({
        ...paging,
        q: filter.q,
        kind: filter.kind === 'ALL' ? undefined : filter.kind,
        enterpriseId: filter.enterpriseId || undefined
      }),
    { keep: ['kind'] }
  )

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
    await confirmAndRun(
      { message: t('registry.unit.confirm.delete', { name: `${unit.code} ${unit.name}` }), title: t('registry.action.delete'), danger: true },
      () => deleteUnit(unit.id),
      { success: t('registry.unit.message.deleted'), after: list.load }
    )
  }

  return { list, formVisible, formMode, formUnit, openCreate, openEdit, remove }
}
