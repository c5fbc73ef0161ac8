import { computed, reactive, ref, shallowRef, watch, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { createChemical, deleteChemical, getChemical, listChemicals, listHazardCategories, updateChemical } from '@/modules/enterprise/api/chemicals'
import type { Chemical, ChemicalRequest, HazardCategory } from '@/modules/enterprise/api/types/chemical'
import { useFormDialog, type FormDialogInstance } from '@/shared/composables/useFormDialog'
import { useListPage } from '@/shared/composables/useListPage'
import { useUserStore } from '@/shared/stores/user'
import { confirmAndRun } from '@/shared/utils/actions'
import { decimalOrNull, numberText } from '@/modules/enterprise/utils/number'
import { chemicalFormRules } from './rule'
import {
  CHEMICAL_FORM_FIELDS,
  type ChemicalFilter,
  type ChemicalFormField,
  type ChemicalFormMode,
  type ChemicalFormModel,
  type ReferenceOption
} from './types'

/* ---------------- pure helpers (unit-tested) ---------------- */

export function emptyChemicalForm(): ChemicalFormModel {
  return {
    enterpriseId: '',
    linked: false,
    referenceChemicalId: '',
    name: '',
    cas: '',
    aliases: [],
    hazardCategories: [],
    keySupervised: false,
    highlyToxic: false,
    explosivePrecursor: false,
    density: '',
    lel: '',
    pcTwa: '',
    pcStel: '',
    mac: ''
  }
}

/**
 * The form for an enterprise chemical. A linked entry's aliases start with its Table 1 row's (the server puts
 * them first); only its own are edited, so the reference aliases are left out.
 */
export function chemicalToForm(chemical: Chemical, referenceAliases: readonly string[] = []): ChemicalFormModel {
  const linked = chemical.referenceChemicalId != null
  const inherited = new Set(linked ? referenceAliases : [])
  return {
    enterpriseId: chemical.enterpriseId ?? '',
    linked,
    referenceChemicalId: chemical.referenceChemicalId ?? '',
    name: linked ? '' : chemical.name,
    cas: linked ? '' : (chemical.casNumbers[0] ?? ''),
    aliases: chemical.aliases.filter((alias) => !inherited.has(alias)),
    hazardCategories: [...chemical.hazardCategories],
    keySupervised: chemical.keySupervised,
    highlyToxic: chemical.highlyToxic,
    explosivePrecursor: chemical.explosivePrecursor,
    density: numberText(chemical.density),
    lel: numberText(chemical.lel),
    pcTwa: numberText(chemical.pcTwa),
    pcStel: numberText(chemical.pcStel),
    mac: numberText(chemical.mac)
  }
}

/** The request: a linked entry sends no name and CAS (they are inherited); blank text is absent. */
export function toChemicalRequest(model: ChemicalFormModel, withEnterprise: boolean): ChemicalRequest {
  const request: ChemicalRequest = {
    referenceChemicalId: model.linked && model.referenceChemicalId ? model.referenceChemicalId : null,
    name: model.linked ? null : model.name.trim() || null,
    cas: model.linked ? null : model.cas.trim() || null,
    aliases: [...new Set(model.aliases.map((alias) => alias.trim()).filter((alias) => alias !== ''))],
    hazardCategories: [...model.hazardCategories],
    keySupervised: model.keySupervised,
    highlyToxic: model.highlyToxic,
    explosivePrecursor: model.explosivePrecursor,
    density: decimalOrNull(model.density),
    lel: decimalOrNull(model.lel),
    pcTwa: decimalOrNull(model.pcTwa),
    pcStel: decimalOrNull(model.pcStel),
    mac: decimalOrNull(model.mac)
  }
  if (withEnterprise && model.enterpriseId) request.enterpriseId = model.enterpriseId
  return request
}

export function toReferenceOption(chemical: Chemical): ReferenceOption {
  return {
    id: chemical.id,
    name: chemical.name,
    seq: chemical.gb18218Table1Seq ?? null,
    cas: chemical.casNumbers.join('; '),
    criticalTonnes: chemical.table1CriticalQuantityTonnes ?? null
  }
}

/** Server field paths such as `hazardCategories[2]` → the form field. */
export function chemicalServerAliases(): Partial<Record<string, ChemicalFormField>> {
  const aliases: Partial<Record<string, ChemicalFormField>> = {}
  for (let i = 0; i < 24; i++) aliases[`hazardCategories[${i}]`] = 'hazardCategories'
  for (let i = 0; i < 20; i++) aliases[`aliases[${i}]`] = 'aliases'
  return aliases
}

/* ---------------- hazard categories (Table 2, loaded once) ---------------- */

let categoriesCache: Promise<HazardCategory[]> | null = null

export function useHazardCategories() {
  const categories = shallowRef<HazardCategory[]>([])
  async function load(): Promise<void> {
    categoriesCache ??= listHazardCategories().catch((error: unknown) => {
      categoriesCache = null
      throw error
    })
    try {
      categories.value = await categoriesCache
    } catch {
      categories.value = []
    }
  }
  const nameOf = (code: string): string => categories.value.find((category) => category.code === code)?.name ?? ''
  return { categories, load, nameOf }
}

/* ---------------- list page ---------------- */

export function useChemicalList() {
  const { t } = useI18n()
  const user = useUserStore()
  const list = useListPage<Chemical, ChemicalFilter>(
    () => ({ q: '', tab: 'ENTERPRISE', enterpriseId: '' }),
    (paging, filter) =>
      listChemicals({
        ...paging,
        q: filter.q,
        scope: filter.tab,
        enterpriseId: filter.tab === 'ENTERPRISE' && filter.enterpriseId ? filter.enterpriseId : undefined
      }),
    { keep: ['tab'] }
  )
  const showEnterpriseFilter = computed(() => user.spansEnterprises && list.filter.tab === 'ENTERPRISE')

  const formVisible = ref(false)
  const formMode = ref<ChemicalFormMode>('create')
  const formChemical = shallowRef<Chemical | null>(null)
  /** Table 1 row to link a new chemical to ("create from this row"). */
  const formReference = shallowRef<Chemical | null>(null)

  function openCreate(reference: Chemical | null = null): void {
    formMode.value = 'create'
    formChemical.value = null
    formReference.value = reference
    formVisible.value = true
  }

  function openEdit(chemical: Chemical): void {
    formMode.value = 'edit'
    formChemical.value = chemical
    formReference.value = null
    formVisible.value = true
  }

  async function remove(chemical: Chemical): Promise<void> {
    await confirmAndRun(
      { message: t('registry.chemical.confirm.delete', { name: chemical.name }), title: t('registry.action.delete'), danger: true },
      () => deleteChemical(chemical.id),
      { success: t('registry.chemical.message.deleted'), after: list.load }
    )
  }

  return { list, showEnterpriseFilter, formVisible, formMode, formChemical, formReference, openCreate, openEdit, remove }
}

/* ---------------- create / edit dialog ---------------- */

export interface ChemicalFormProps {
  visible: boolean
  mode: ChemicalFormMode
  chemical: Chemical | null
  reference: Chemical | null
}

export function useChemicalForm(
  props: ChemicalFormProps,
  dialog: Readonly<Ref<FormDialogInstance | null>>,
  onClose: () => void,
  onSaved: (chemical: Chemical) => void
) {
  const { t } = useI18n()
  const user = useUserStore()
  const needsEnterprise = computed(() => props.mode === 'create' && user.spansEnterprises)
  const model = reactive<ChemicalFormModel>(emptyChemicalForm())
  const rules = computed(() => chemicalFormRules(t, model, needsEnterprise.value))
  const { categories, load: loadCategories } = useHazardCategories()
  const references = shallowRef<ReferenceOption[]>([])
  const referencesLoading = ref(false)
  const preparing = ref(false)
  const title = computed(() => (props.mode === 'create' ? t('registry.chemical.dialog.create') : t('registry.chemical.dialog.edit')))
  const linkedReference = computed(() => references.value.find((option) => option.id === model.referenceChemicalId) ?? null)

  async function searchReferences(query: string): Promise<void> {
    referencesLoading.value = true
    try {
      const page = await listChemicals({ scope: 'REFERENCE', q: query, page: 0, size: 30 })
      const found = page.content.map(toReferenceOption)
      const current = linkedReference.value
      references.value = current && !found.some((option) => option.id === current.id) ? [current, ...found] : found
    } catch {
      references.value = []
    } finally {
      referencesLoading.value = false
    }
  }

  /** The Table 1 row an edited chemical is linked to (for its aliases); null when none or unreadable. */
  async function linkedRow(chemical: Chemical): Promise<Chemical | null> {
    if (!chemical.referenceChemicalId) return null
    preparing.value = true
    try {
      return await getChemical(chemical.referenceChemicalId)
    } catch {
      return null
    } finally {
      preparing.value = false
    }
  }

  async function prepare(): Promise<ChemicalFormModel> {
    void loadCategories()
    const chemical = props.chemical
    if (props.mode === 'edit' && chemical) {
      const reference = await linkedRow(chemical)
      references.value = reference ? [toReferenceOption(reference)] : []
      return chemicalToForm(chemical, reference?.aliases ?? [])
    }
    const fresh = emptyChemicalForm()
    const reference = props.reference
    if (reference) {
      fresh.linked = true
      fresh.referenceChemicalId = reference.id
      references.value = [toReferenceOption(reference)]
    } else {
      references.value = []
    }
    if (!user.spansEnterprises) fresh.enterpriseId = user.scope?.enterpriseId ?? ''
    return fresh
  }

  const form = useFormDialog({
    visible: () => props.visible,
    dialog,
    model,
    reset: prepare,
    opened: () => void searchReferences(''),
    fields: CHEMICAL_FORM_FIELDS,
    aliases: chemicalServerAliases(),
    save: () => {
      const body = toChemicalRequest(model, needsEnterprise.value)
      return props.mode === 'edit' && props.chemical ? updateChemical(props.chemical.id, body) : createChemical(body)
    },
    success: () => (props.mode === 'create' ? t('registry.chemical.message.created') : t('registry.chemical.message.updated')),
    onSaved,
    onClose
  })

  watch(
    () => model.linked,
    () => form.form.value?.clearValidate(['name', 'cas', 'referenceChemicalId'])
  )

  return {
    model,
    rules,
    serverErrors: form.serverErrors,
    needsEnterprise,
    categories,
    references,
    referencesLoading,
    searchReferences,
    linkedReference,
    submitting: form.submitting,
    preparing,
    title,
    submit: form.submit
  }
}
