import type { FieldError, ProblemDetail } from '@/shared/api/types/common'

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined
}

function toFieldErrors(value: unknown): FieldError[] | undefined {
  if (!Array.isArray(value)) return undefined
  const list: FieldError[] = []
  for (const item of value) {
    if (!isRecord(item)) continue
    const field = optionalString(item.field)
    const message = optionalString(item.message)
    if (!field || !message) continue
    list.push({ field, message, code: optionalString(item.code) ?? '' })
  }
  return list
}

/**
 * Reads an RFC 9457 problem detail out of an arbitrary response body.
 * Returns `null` when the body does not look like a problem detail.
 */
export function parseProblem(data: unknown): ProblemDetail | null {
  let body = data
  if (typeof body === 'string') {
    try {
      body = JSON.parse(body)
    } catch {
      return null
    }
  }
  if (!isRecord(body)) return null
  const problem: ProblemDetail = {
    type: optionalString(body.type),
    title: optionalString(body.title),
    status: typeof body.status === 'number' ? body.status : undefined,
    detail: optionalString(body.detail),
    instance: optionalString(body.instance),
    errors: toFieldErrors(body.errors),
    lockedUntil: optionalString(body.lockedUntil)
  }
  if (!problem.type && !problem.title && !problem.detail && !problem.errors) return null
  return problem
}

/** Text to show for a problem: `detail`, else `title`. */
export function problemMessage(problem: ProblemDetail): string {
  return problem.detail ?? problem.title ?? ''
}

/** Error thrown by every call of the http wrapper when the request fails. */
export class ProblemError extends Error {
  readonly status: number
  readonly problem: ProblemDetail

  constructor(problem: ProblemDetail, status: number, options?: { cause?: unknown }) {
    super(problemMessage(problem) || `HTTP ${status}`, options)
    this.name = 'ProblemError'
    this.status = status
    this.problem = problem
  }

  /** True when the problem `type` URI ends with the given slug (e.g. `account-locked`). */
  hasType(slug: string): boolean {
    const type = this.problem.type
    if (!type) return false
    return type === slug || type.endsWith(`/${slug}`)
  }

  /** Field errors keyed by field name; the first message of each field wins. */
  get fieldErrors(): Record<string, string> {
    const result: Record<string, string> = {}
    for (const error of this.problem.errors ?? []) {
      if (!(error.field in result)) result[error.field] = error.message
    }
    return result
  }
}

export function isProblemError(error: unknown): error is ProblemError {
  return error instanceof ProblemError
}
