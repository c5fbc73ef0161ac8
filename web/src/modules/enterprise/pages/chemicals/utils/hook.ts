import { computed, reactive, ref, shallowRef, watch } from 'vue'
import { useI18n } from 'vue-i18n'
import { ElMessage } from 'element-plus'
import { createChemical, deleteChemical, getChemical, listChemicals, listHazardCategories, updateChemical } from '@/modules/enterprise/api/chemicals'
import type { Chemical, ChemicalRequest, HazardCategory } from '@/modules/enterprise/api/types/chemical'
import { validateForm, type FormRef } from '@/shared/composables/useFormRef'
import { usePagedList } from '@/shared/composables/usePagedList'
import { useServerErrors } from '@/shared/composables/useServerErrors'
import { useUserStore } from '@/shared/stores/user'
import { confirmDanger } from '@/shared/utils/confirm'
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
  const linked = chemical.referenceChemicalId !== null
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
    seq: chemical.gb18218Table1Seq,
    cas: chemical.casNumbers.join('; '),
    criticalTonnes: chemical.table1CriticalQuantityTonnes
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
  const filter = reactive<ChemicalFilter>({ q: '', tab: 'ENTERPRISE', enterpriseId: '' })
  const list = usePagedList<Chemical>((paging) =>
    listChemicals({
      ...paging,
      q: filter.q,
      scope: filter.tab,
      enterpriseId: filter.tab === 'ENTERPRISE' && filter.enterpriseId ? filter.enterpriseId : undefined
    })
  )
  const showEnterpriseFilter = computed(() => user.scopeKind !== 'ENTERPRISE' && filter.tab === 'ENTERPRISE')

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
    if (!(await confirmDanger(t('registry.chemical.confirm.delete', { name: chemical.name }), t('registry.action.delete')))) return
    try {
      await deleteChemical(chemical.id)
      ElMessage.success(t('registry.chemical.message.deleted'))
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

  return { filter, ...list, showEnterpriseFilter, resetFilter, formVisible, formMode, formChemical, formReference, openCreate, openEdit, remove }
}

/* ---------------- create / edit dialog ---------------- */

export interface ChemicalFormProps {
  visible: boolean
  mode: ChemicalFormMode
  chemical: Chemical | null
  reference: Chemical | null
}

export function useChemicalForm(props: ChemicalFormProps, formRef: FormRef, onClose: () => void, onSaved: (chemical: Chemical) => void) {
  const { t } = useI18n()
  const user = useUserStore()
  const needsEnterprise = computed(() => props.mode === 'create' && user.scopeKind !== 'ENTERPRISE')
  const model = reactive<ChemicalFormModel>(emptyChemicalForm())
  const rules = computed(() => chemicalFormRules(t, model, needsEnterprise.value))
  const server = useServerErrors(CHEMICAL_FORM_FIELDS, chemicalServerAliases())
  const { categories, load: loadCategories } = useHazardCategories()
  const references = shallowRef<ReferenceOption[]>([])
  const referencesLoading = ref(false)
  const submitting = ref(false)
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

  async function prepare(): Promise<void> {
    server.clear()
    void loadCategories()
    const chemical = props.chemical
    if (props.mode === 'edit' && chemical) {
      let reference: Chemical | null = null
      if (chemical.referenceChemicalId) {
        preparing.value = true
        try {
          reference = await getChemical(chemical.referenceChemicalId)
        } catch {
          reference = null
        } finally {
          preparing.value = false
        }
      }
      references.value = reference ? [toReferenceOption(reference)] : []
      Object.assign(model, chemicalToForm(chemical, reference?.aliases ?? []))
    } else {
      Object.assign(model, emptyChemicalForm())
      const reference = props.reference
      if (reference) {
        model.linked = true
        model.referenceChemicalId = reference.id
        references.value = [toReferenceOption(reference)]
      } else {
        references.value = []
      }
      if (user.scopeKind === 'ENTERPRISE') model.enterpriseId = user.scope?.enterpriseId ?? ''
    }
    formRef.value?.clearValidate()
    void searchReferences('')
  }

  watch(
    () => props.visible,
    (visible) => {
      if (visible) void prepare()
    },
    { immediate: true }
  )

  watch(
    () => model.linked,
    () => formRef.value?.clearValidate(['name', 'cas', 'referenceChemicalId'])
  )

  async function submit(): Promise<void> {
    server.clear()
    if (!(await validateForm(formRef))) return
    submitting.value = true
    try {
      const body = toChemicalRequest(model, needsEnterprise.value)
      const saved = props.mode === 'edit' && props.chemical ? await updateChemical(props.chemical.id, body) : await createChemical(body)
      ElMessage.success(props.mode === 'create' ? t('registry.chemical.message.created') : t('registry.chemical.message.updated'))
      onSaved(saved)
      onClose()
    } catch (error: unknown) {
      server.apply(error)
    } finally {
      submitting.value = false
    }
  }

  return {
    model,
    rules,
    serverErrors: server.errors,
    needsEnterprise,
    categories,
    references,
    referencesLoading,
    searchReferences,
    linkedReference,
    submitting,
    preparing,
    title,
    submit
  }
}
