import { ElMessage, ElMessageBox } from 'element-plus'
import { translate } from '@/shared/plugins/i18n'
import { isProblemError } from '@/shared/http'

export interface ConfirmOptions {
  message: string
  title: string
  /** Red confirm button, for destructive actions. */
  danger?: boolean
  /** Label of the confirm button (default: OK). */
  confirmLabel?: string
}

export interface RunOptions<T> {
  /** Shown when the action succeeds. */
  success?: string | ((result: T) => string)
  /** Runs after success (typically: reload the list). */
  after?: (result: T) => unknown
}

/** Asks before an action; false when the user cancels. */
export async function confirmed({ message, title, danger = false, confirmLabel }: ConfirmOptions): Promise<boolean> {
  try {
    await ElMessageBox.confirm(message, title, {
      type: 'warning',
      confirmButtonText: confirmLabel ?? translate('common.confirm'),
      cancelButtonText: translate('common.cancel'),
      ...(danger ? { confirmButtonClass: 'el-button--danger' } : {})
    })
    return true
  } catch {
    return false
  }
}

/**
 * Tells the user that an action failed. A problem from the server has already been shown by the http wrapper
 * (unless the request was silent); anything else (a fault in the page) gets a generic message, never silence.
 */
export function reportFailure(error: unknown): void {
  if (isProblemError(error)) return
  ElMessage({ type: 'error', message: translate('common.actionFailed'), grouping: true, showClose: true })
}

/** Runs an action, shows its success message and runs `after`; a failure is reported. True when it succeeded. */
export async function runAction<T>(action: () => Promise<T>, options: RunOptions<T> = {}): Promise<boolean> {
  let result: T
  try {
    result = await action()
  } catch (error: unknown) {
    reportFailure(error)
    return false
  }
  const success = typeof options.success === 'function' ? options.success(result) : options.success
  if (success) ElMessage.success(success)
  await options.after?.(result)
  return true
}

/** Confirm, then run (see {@link runAction}): the one shape of "delete / disable / revoke, then reload". */
export async function confirmAndRun<T>(confirm: ConfirmOptions, action: () => Promise<T>, options: RunOptions<T> = {}): Promise<boolean> {
  if (!(await confirmed(confirm))) return false
  return runAction(action, options)
}
