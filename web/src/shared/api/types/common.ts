/** Spring-style page of results (0-based page index). */
export interface Page<T> {
  content: T[]
  page: number
  size: number
  totalElements: number
  totalPages: number
}

/** Paging query parameters accepted by every list endpoint (size default 20, max 200). */
export interface PageQuery {
  page?: number
  size?: number
}

/** A single field error inside an RFC 9457 problem detail. */
export interface FieldError {
  field: string
  code: string
  message: string
}

/** RFC 9457 problem detail (`application/problem+json`). */
export interface ProblemDetail {
  type?: string
  title?: string
  status?: number
  detail?: string
  instance?: string
  errors?: FieldError[]
  /** Extension member of the account-locked problem. */
  lockedUntil?: string
}
