import { computed, reactive, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { createArea, updateArea } from '@/modules/enterprise/api/sites'
import type { Area } from '@/modules/enterprise/api/types/site'
import { useFormDialog, type FormDialogInstance } from '@/shared/composables/useFormDialog'
import { toAreaRequest } from './geometry'
import { areaFormRules } from './rule'
import { polygonArea } from './transform'
import { AREA_FORM_FIELDS, type AreaDraft, type AreaFormModel } from './types'

export interface AreaFormProps {
  visible: boolean
  siteId: string
  draft: AreaDraft | null
}

/** Name, kind and fire hazard of a drawn (or redrawn) area. */
export function useAreaForm(
  props: AreaFormProps,
  dialog: Readonly<Ref<FormDialogInstance | null>>,
  onClose: () => void,
  onSaved: (area: Area) => void
) {
  const { t } = useI18n()
  const model = reactive<AreaFormModel>({ name: '', kind: '', fireExplosionHazard: false })
  const rules = computed(() => areaFormRules(t))
  const areaM2 = computed(() => (props.draft ? polygonArea(props.draft.polygon) : 0))
  const title = computed(() => (props.draft?.areaId ? t('site.area.formTitleEdit') : t('site.area.formTitleCreate')))
  const form = useFormDialog({
    visible: () => props.visible,
    dialog,
    model,
    reset: () => (props.draft ? { ...props.draft.model } : null),
    fields: AREA_FORM_FIELDS,
    save: () => {
      const draft = props.draft
      const request = draft ? toAreaRequest(model, draft.polygon) : null
      if (!draft || !request) return null
      return draft.areaId ? updateArea(draft.areaId, request) : createArea(props.siteId, request)
    },
    success: () => t('site.area.saved'),
    onSaved,
    onClose
  })
  return { model, rules, serverErrors: form.serverErrors, submitting: form.submitting, areaM2, title, submit: form.submit }
}
