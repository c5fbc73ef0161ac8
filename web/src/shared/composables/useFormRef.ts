import type { Ref } from 'vue'
import type { FormInstance } from 'element-plus'

/** A template ref to an `el-form` (from `useTemplateRef<FormInstance>('formEl')`). */
export type FormRef = Readonly<Ref<FormInstance | null>>

/** Runs the form's validation; false when invalid or when the form is not mounted. */
export async function validateForm(form: FormRef): Promise<boolean> {
  const instance = form.value
  if (!instance) return false
  try {
    return await instance.validate()
  } catch {
    return false
  }
}
