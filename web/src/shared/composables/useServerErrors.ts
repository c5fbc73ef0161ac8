import { reactive } from 'vue'
import { isProblemError } from '@/shared/http'

export interface ServerErrors<F extends string> {
  /** Server message per form field (bind to `el-form-item :error`). */
  errors: Partial<Record<F, string>>
  /** Copies the field errors of a failed request onto the form; returns true if any applied. */
  apply: (error: unknown) => boolean
  clear: () => void
}

/**
 * Exposes the `errors` of an RFC 9457 problem to a form.
 * `aliases` maps server field paths (e.g. `scope.regionCode`) to form field names.
 */
export function useServerErrors<F extends string>(fields: readonly F[], aliases: Partial<Record<string, F>> = {}): ServerErrors<F> {
  const errors = reactive<Partial<Record<F, string>>>({}) as Partial<Record<F, string>>
  const known = new Set<string>(fields)

  function clear(): void {
    for (const field of fields) delete errors[field]
  }

  function apply(error: unknown): boolean {
    clear()
    if (!isProblemError(error)) return false
    let applied = false
    for (const [serverField, message] of Object.entries(error.fieldErrors)) {
      const alias = aliases[serverField]
      const field = alias ?? (known.has(serverField) ? (serverField as F) : undefined)
      if (field && errors[field] === undefined) {
        errors[field] = message
        applied = true
      }
    }
    return applied
  }

  return { errors, apply, clear }
}
