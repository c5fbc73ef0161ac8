import { computed, reactive, ref, shallowRef, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { ElMessage, type FormRules } from 'element-plus'
import { getUnitAssessment, listMajorHazardSources, reassessUnit, saveUnitExposure } from '@/modules/majorhazard/api/majorHazards'
import type { UnitAssessment } from '@/modules/majorhazard/api/types/majorHazard'
import type { HazardUnit } from '@/modules/enterprise/api/types/unit'
import { validateForm, type FormRef } from '@/shared/composables/useFormRef'
import { useServerErrors } from '@/shared/composables/useServerErrors'
import { isProblemError } from '@/shared/http'
import { runAction } from '@/shared/utils/actions'
import { numberText } from '@/modules/enterprise/utils/number'

/** Largest head count accepted in the exposure field. */
export const MAX_EXPOSED_PEOPLE = 1_000_000

/** Parses the 500 m head count; null unless a whole number 0…1 000 000. */
export function parseExposedPeople(text: string): number | null {
  const trimmed = text.trim()
  if (!/^\d{1,7}$/.test(trimmed)) return null
  const value = Number(trimmed)
  return value <= MAX_EXPOSED_PEOPLE ? value : null
}

/** Waits `ms` milliseconds (overridable in tests). */
export const timing = {
  sleep: (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms)),
  pollInterval: 500,
  pollAttempts: 12
}

/**
 * The latest GB 18218 assessment of a unit, its exposure (people within 500 m) and a link to its major hazard source.
 * Inventory and tank changes are re-assessed by the server shortly after they are saved: `refreshAfterChange` polls
 * until a newer assessment appears.
 */
export function useUnitAssessment(unit: Ref<HazardUnit | null>, formRef: FormRef) {
  const { t } = useI18n()
  const assessment = shallowRef<UnitAssessment | null>(null)
  const loading = ref(false)
  const notAssessed = ref(false)
  const waiting = ref(false)
  const savingExposure = ref(false)
  const reassessing = ref(false)
  const sourceId = ref<string | null>(null)
  const model = reactive({ exposedPeople: '' })
  const server = useServerErrors<'exposedPeople'>(['exposedPeople'])
  const rules = computed<FormRules<{ exposedPeople: string }>>(() => ({
    exposedPeople: [
      {
        required: true,
        trigger: 'blur',
        validator: (_rule, value: unknown, callback) => {
          if (typeof value !== 'string' || value.trim() === '') callback(new Error(t('registry.assessment.rule.required')))
          else if (parseExposedPeople(value) === null) callback(new Error(t('registry.assessment.rule.people', { max: MAX_EXPOSED_PEOPLE })))
          else callback()
        }
      }
    ]
  }))

  async function findSource(): Promise<void> {
    const current = unit.value
    sourceId.value = null
    if (!current || !assessment.value?.result?.majorHazard) return
    try {
      const page = await listMajorHazardSources({ q: current.code, enterpriseId: current.enterpriseId, page: 0, size: 50 })
      sourceId.value = page.content.find((source) => source.unitId === current.id)?.id ?? null
    } catch {
      sourceId.value = null
    }
  }

  /** The head count last shown, to tell whether the person has started typing another one. */
  let shownPeople = ''

  function show(found: UnitAssessment | null): void {
    assessment.value = found
    notAssessed.value = found === null
    const people = numberText(found?.exposedPeople)
    if (model.exposedPeople === shownPeople || savingExposure.value) model.exposedPeople = people
    shownPeople = people
  }

  async function fetchLatest(): Promise<UnitAssessment | null> {
    const current = unit.value
    if (!current) return null
    try {
      return await getUnitAssessment(current.id)
    } catch (error: unknown) {
      if (isProblemError(error) && error.status === 404) return null
      throw error
    }
  }

  async function load(): Promise<void> {
    loading.value = true
    try {
      show(await fetchLatest())
      await findSource()
    } catch {
      /* shown as not assessed */
    } finally {
      loading.value = false
    }
  }

  /** After a tank or inventory change: poll until the server has re-assessed the unit. */
  async function refreshAfterChange(): Promise<void> {
    const before = assessment.value?.id ?? 0
    waiting.value = true
    try {
      for (let attempt = 0; attempt < timing.pollAttempts; attempt++) {
        await timing.sleep(timing.pollInterval)
        const latest = await fetchLatest().catch(() => null)
        if (latest && latest.id > before) {
          show(latest)
          await findSource()
          return
        }
      }
    } finally {
      waiting.value = false
    }
  }

  async function saveExposure(): Promise<void> {
    const current = unit.value
    server.clear()
    if (!current || !(await validateForm(formRef))) return
    const people = parseExposedPeople(model.exposedPeople)
    if (people === null) return
    savingExposure.value = true
    try {
      show(await saveUnitExposure(current.id, { exposedPeople: people }))
      ElMessage.success(t('registry.assessment.message.exposureSaved'))
      await findSource()
    } catch (error: unknown) {
      server.apply(error)
    } finally {
      savingExposure.value = false
    }
  }

  async function reassess(): Promise<void> {
    const current = unit.value
    if (!current) return
    reassessing.value = true
    try {
      await runAction(() => reassessUnit(current.id), {
        success: t('registry.assessment.message.reassessed'),
        after: async (result) => {
          show(result)
          await findSource()
        }
      })
    } finally {
      reassessing.value = false
    }
  }

  return {
    assessment,
    loading,
    notAssessed,
    waiting,
    savingExposure,
    reassessing,
    sourceId,
    model,
    rules,
    serverErrors: server.errors,
    load,
    refreshAfterChange,
    saveExposure,
    reassess
  }
}
