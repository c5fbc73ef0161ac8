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

export interface FormSubmitOptions<F extends string, R> {
  form: FormRef
  /** Form fields that can carry a server error, and aliases for server field paths. */
  fields: readonly F[]
  aliases?: Partial<Record<string, F>>
  /** Sends the model; null when there is nothing to send. */
  save: () => Promise<R> | null
  /** Success message (none when the result has its own dialog). */
  success: ((result: R) => string) | null
  onSaved: (result: R) => void
}

/**
 * Submitting a form: validate, send, show success, put the server's field errors on the fields (other problems
 * are shown by the http wrapper; anything else is reported).
 */
export function useFormSubmit<F extends string, R>(options: FormSubmitOptions<F, R>) {
  const server = useServerErrors(options.fields, options.aliases ?? {})
  const submitting = ref(false)

  async function submit(): Promise<void> {
    server.clear()
    if (!(await validateForm(options.form))) return
    const pending = options.save()
    if (!pending) return
    submitting.value = true
    try {
      const result = await pending
      if (options.success) ElMessage.success(options.success(result))
      options.onSaved(result)
    } catch (error: unknown) {
      if (!server.apply(error)) reportFailure(error)
    } finally {
      submitting.value = false
    }
  }

  return { serverErrors: server.errors, clearServerErrors: server.clear, submitting, submit }
}

export interface FormDialogOptions<M extends object, F extends string, R> extends Omit<FormSubmitOptions<F, R>, 'form'> {
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
  onClose: () => void
}

/** The behaviour of every form dialog: reset on open, then {@link useFormSubmit}, and close when saved. */
export function useFormDialog<M extends object, F extends string, R>(options: FormDialogOptions<M, F, R>) {
  const form: FormRef = computed(() => options.dialog.value?.form ?? null)
  const { serverErrors, clearServerErrors, submitting, submit } = useFormSubmit({
    ...options,
    form,
    onSaved: (result: R) => {
      options.onSaved(result)
      options.onClose()
    }
  })

  watch(
    options.visible,
    async (visible) => {
      if (!visible) return
      clearServerErrors()
      const fresh = await options.reset()
      if (!fresh) return
      Object.assign(options.model, fresh)
      form.value?.clearValidate()
      options.opened?.()
    },
    { immediate: true }
  )

  return { form, serverErrors, submitting, submit }
}
