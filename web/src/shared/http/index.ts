import axios, {
  AxiosHeaders,
  type AxiosError,
  type AxiosInstance,
  type AxiosRequestConfig,
  type AxiosResponse,
  type InternalAxiosRequestConfig
} from 'axios'
import { ElMessage } from 'element-plus'
import { getLocale, translate } from '@/shared/plugins/i18n'
import type { CsrfToken } from '@/shared/api/types/auth'
import type { ProblemDetail } from '@/shared/api/types/common'
import { filenameFromContentDisposition } from './download'
import { ProblemError, parseProblem, problemMessage } from './problem'

export { ProblemError, isProblemError, parseProblem, problemMessage } from './problem'
export { filenameFromContentDisposition, saveBlob } from './download'

declare module 'axios' {
  interface AxiosRequestConfig {
    /** Do not show the error message toast; the caller displays the problem itself. */
    silent?: boolean
    /** Internal: set on the single retry after a CSRF rejection. */
    csrfRetried?: boolean
  }
}

export const CSRF_COOKIE = 'XSRF-TOKEN'
export const CSRF_HEADER = 'X-XSRF-TOKEN'
export const CSRF_URL = '/api/v1/auth/csrf'

/** Calls whose 401 means "wrong credentials / not signed in yet" rather than "session expired". */
const AUTH_PROBE_URLS = ['/api/v1/auth/login', '/api/v1/auth/me', CSRF_URL]

const UNSAFE_METHODS = new Set(['post', 'put', 'patch', 'delete'])

/** Primitive values allowed in query strings. */
export type QueryValue = string | number | boolean | null | undefined
/** Any object type (interfaces included) whose properties are query-string primitives. */
export type QueryParams<P> = { [K in keyof P]: QueryValue }

export interface HttpHooks {
  /** Shows an error text to the user. */
  showError: (message: string) => void
  /** Called when a request (other than login/me) answers 401. */
  onUnauthorized: () => void
  /** Locale sent as Accept-Language. */
  locale: () => string
}

const hooks: HttpHooks = {
  showError: (message) => {
    ElMessage({ type: 'error', message, grouping: true, showClose: true })
  },
  onUnauthorized: () => {
    /* replaced by main.ts */
  },
  locale: getLocale
}

export function configureHttp(overrides: Partial<HttpHooks>): void {
  Object.assign(hooks, overrides)
}

export const http: AxiosInstance = axios.create({
  baseURL: '',
  timeout: 60_000,
  withCredentials: true,
  xsrfCookieName: CSRF_COOKIE,
  xsrfHeaderName: CSRF_HEADER,
  withXSRFToken: true,
  headers: { Accept: 'application/json, application/problem+json' }
})

function readCookie(name: string): string | null {
  if (typeof document === 'undefined') return null
  for (const part of document.cookie.split(';')) {
    const [key, ...rest] = part.trim().split('=')
    if (key === name) return decodeURIComponent(rest.join('='))
  }
  return null
}

let csrfPromise: Promise<CsrfToken | null> | null = null
let csrfPending = false
let csrfFromBody: CsrfToken | null = null

/**
 * Fetches `GET /api/v1/auth/csrf` (which sets the XSRF-TOKEN cookie).
 * Done once on start-up; `force` refreshes it (after login / logout the server rotates the token).
 */
export function ensureCsrf(force = false): Promise<CsrfToken | null> {
  if (!csrfPromise || (force && !csrfPending)) {
    csrfPending = true
    csrfPromise = http
      .get<CsrfToken>(CSRF_URL, { silent: true })
      .then((response) => {
        csrfFromBody = response.data
        return response.data
      })
      .catch(() => {
        csrfPromise = null
        return null
      })
      .finally(() => {
        csrfPending = false
      })
  }
  return csrfPromise
}

function dropEmptyParams(params: unknown): unknown {
  if (typeof params !== 'object' || params === null || params instanceof URLSearchParams) return params
  const cleaned: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null) continue
    if (typeof value === 'string' && value.trim() === '') continue
    cleaned[key] = typeof value === 'string' ? value.trim() : value
  }
  return cleaned
}

function requestPath(config: AxiosRequestConfig | undefined): string {
  const url = config?.url ?? ''
  const withoutQuery = url.split('?')[0] ?? ''
  return withoutQuery.replace(/^https?:\/\/[^/]+/, '')
}

http.interceptors.request.use(async (config: InternalAxiosRequestConfig) => {
  const headers = AxiosHeaders.from(config.headers)
  headers.set('Accept-Language', hooks.locale())
  config.params = dropEmptyParams(config.params)
  const method = (config.method ?? 'get').toLowerCase()
  if (UNSAFE_METHODS.has(method) && requestPath(config) !== CSRF_URL && readCookie(CSRF_COOKIE) === null) {
    // The cookie is normally there (fetched on start-up); make sure before a state-changing call.
    await ensureCsrf(true)
    if (readCookie(CSRF_COOKIE) === null && csrfFromBody) {
      // Cookie not readable (e.g. HttpOnly): fall back to the token from the response body.
      headers.set(csrfFromBody.headerName || CSRF_HEADER, csrfFromBody.token)
    }
  }
  config.headers = headers
  return config
})

async function responseBody(data: unknown): Promise<unknown> {
  if (typeof Blob !== 'undefined' && data instanceof Blob) {
    try {
      return await data.text()
    } catch {
      return null
    }
  }
  return data
}

function fallbackProblem(status: number, error: AxiosError): ProblemDetail {
  if (status === 0) {
    const timedOut = error.code === 'ECONNABORTED' || error.code === 'ETIMEDOUT'
    return { title: translate(timedOut ? 'http.timeout' : 'http.networkError'), status }
  }
  const key = `http.status.${status}`
  const known = translate(key)
  return { title: known !== key ? known : translate('http.statusUnknown', { status }), status }
}

http.interceptors.response.use(
  (response) => response,
  async (error: unknown) => {
    if (axios.isCancel(error) || !axios.isAxiosError(error)) throw error
    const status = error.response?.status ?? 0
    const problem = parseProblem(await responseBody(error.response?.data)) ?? fallbackProblem(status, error)
    if (problem.status === undefined) problem.status = status
    const failure = new ProblemError(problem, status, { cause: error })
    const path = requestPath(error.config)
    if (status === 403 && failure.hasType('csrf') && error.config && !error.config.csrfRetried && path !== CSRF_URL) {
      // The token was rotated or expired (e.g. after the session changed): fetch a fresh one and retry once.
      await ensureCsrf(true)
      return http.request({ ...error.config, csrfRetried: true })
    }
    if (status === 401 && !AUTH_PROBE_URLS.includes(path)) {
      hooks.onUnauthorized()
      if (!error.config?.silent) hooks.showError(translate('http.sessionExpired'))
      throw failure
    }
    if (!error.config?.silent) {
      hooks.showError(problemMessage(problem) || translate('http.statusUnknown', { status }))
    }
    throw failure
  }
)

/* ---------- typed helpers used by src/api/*.ts ---------- */

export async function get<T, P extends QueryParams<P> = Record<string, QueryValue>>(
  url: string,
  params?: P,
  config?: AxiosRequestConfig
): Promise<T> {
  const response = await http.get<T>(url, { ...config, params })
  return response.data
}

export async function post<T, B = unknown>(url: string, body?: B, config?: AxiosRequestConfig<B>): Promise<T> {
  const response = await http.post<T, AxiosResponse<T>, B>(url, body, config)
  return response.data
}

export async function put<T, B = unknown>(url: string, body?: B, config?: AxiosRequestConfig<B>): Promise<T> {
  const response = await http.put<T, AxiosResponse<T>, B>(url, body, config)
  return response.data
}

export async function del<T = void>(url: string, config?: AxiosRequestConfig): Promise<T> {
  const response = await http.delete<T>(url, config)
  return response.data
}

export interface DownloadedFile {
  blob: Blob
  filename: string
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
export const PDF_TYPE = 'application/pdf'

/** GETs a binary file of the `mediaType` (Excel by default); the name comes from Content-Disposition or `fallbackName`. */
export async function download<P extends QueryParams<P>>(
  url: string,
  params: P,
  fallbackName: string,
  mediaType: string = XLSX_TYPE
): Promise<DownloadedFile> {
  const response = await http.get<Blob>(url, {
    params,
    responseType: 'blob',
    headers: { Accept: `${mediaType}, application/problem+json` }
  })
  const disposition = response.headers['content-disposition']
  return {
    blob: response.data,
    filename: filenameFromContentDisposition(typeof disposition === 'string' ? disposition : null, fallbackName)
  }
}
