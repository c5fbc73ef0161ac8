import { computed, ref, watch, type Ref } from 'vue'
import { ElMessage } from 'element-plus'
import type { FormInstance } from 'element-plus'
import { validateForm, type FormRef } from './useFormRef'
import { useServerErrors } from './useServerErrors'
import { reportFailure } from '@/shared/utils/actions'

/** What `ReFormDialog` exposes (read through a template ref). */
export interface FormDialogInstance {
  form: FormInstance | null
}

export interface FormDialogOptions<M extends object, F extends string, R> {
  /** The dialog's `visible` prop. */
  visible: () => boolean
  /** Template ref of the `ReFormDialog`. */
  dialog: Readonly<Ref<FormDialogInstance | null>>
  /** The reactive form model. */
  model: M
  /** Fresh values each time the dialog opens (may load first); null leaves the model alone (nothing to edit yet). */
  reset: () => M | null | Promise<M | null>
  /** Runs after the model has been reset. */
  opened?: () => void
  /** Form fields that can carry a server error, and aliases for server field paths. */
  fields: readonly F[]
  aliases?: Partial<Record<string, F>>
  /** Sends the model; null when there is nothing to send. */
  save: () => Promise<R> | null
  /** Success message (none when the result has its own dialog). */
  success: ((result: R) => string) | null
  onSaved: (result: R) => void
  onClose: () => void
}

/**
 * The behaviour of every form dialog: reset on open, validate, send, show success, report server field errors on
 * the fields (other problems are shown by the http wrapper), close.
 */
export function useFormDialog<M extends object, F extends string, R>(options: FormDialogOptions<M, F, R>) {
  const form: FormRef = computed(() => options.dialog.value?.form ?? null)
  const server = useServerErrors(options.fields, options.aliases ?? {})
  const submitting = ref(false)

  watch(
    options.visible,
    async (visible) => {
      if (!visible) return
      server.clear()
      const fresh = await options.reset()
      if (!fresh) return
      Object.assign(options.model, fresh)
      form.value?.clearValidate()
      options.opened?.()
    },
    { immediate: true }
  )

  async function submit(): Promise<void> {
    server.clear()
    if (!(await validateForm(form))) return
    const pending = options.save()
    if (!pending) return
    submitting.value = true
    try {
      const result = await pending
      if (options.success) ElMessage.success(options.success(result))
      options.onSaved(result)
      options.onClose()
    } catch (error: unknown) {
      if (!server.apply(error)) reportFailure(error)
    } finally {
      submitting.value = false
    }
  }

  return { form, serverErrors: server.errors, submitting, submit }
}
