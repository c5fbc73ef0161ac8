import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { AxiosError, AxiosHeaders, type AxiosResponse, type InternalAxiosRequestConfig } from 'axios'
import type { ProblemError } from '@/shared/http'
import {
  CSRF_COOKIE,
  CSRF_HEADER,
  configureHttp,
  download,
  filenameFromContentDisposition,
  get,
  http,
  isProblemError,
  parseProblem,
  post
} from '@/shared/http'
import { applyLocale } from '@/shared/plugins/i18n'

interface Reply {
  status: number
  data?: unknown
  headers?: Record<string, string>
}

type Handler = (config: InternalAxiosRequestConfig) => Reply

/** Installs a fake adapter that behaves like axios' own (rejects non-2xx with an AxiosError). */
function fakeServer(handler: Handler): InternalAxiosRequestConfig[] {
  const seen: InternalAxiosRequestConfig[] = []
  http.defaults.adapter = async (config) => {
    seen.push(config)
    const reply = handler(config)
    const response: AxiosResponse = {
      data: reply.data ?? '',
      status: reply.status,
      statusText: String(reply.status),
      headers: new AxiosHeaders(reply.headers ?? {}),
      config
    }
    if (reply.status >= 200 && reply.status < 300) return response
    throw new AxiosError(`Request failed with status code ${reply.status}`, AxiosError.ERR_BAD_REQUEST, config, null, response)
  }
  return seen
}

const problemJson = { 'content-type': 'application/problem+json' }

describe('http wrapper', () => {
  const showError = vi.fn<(message: string) => void>()
  const onUnauthorized = vi.fn<() => void>()
  const originalAdapter = http.defaults.adapter

  beforeEach(() => {
    showError.mockReset()
    onUnauthorized.mockReset()
    configureHttp({ showError, onUnauthorized })
    document.cookie = `${CSRF_COOKIE}=test-token; path=/`
    applyLocale('zh-CN')
  })

  afterEach(() => {
    http.defaults.adapter = originalAdapter
  })

  it('is configured for same-origin cookies and Spring CSRF', () => {
    expect(http.defaults.baseURL).toBe('')
    expect(http.defaults.withCredentials).toBe(true)
    expect(http.defaults.xsrfCookieName).toBe('XSRF-TOKEN')
    expect(http.defaults.xsrfHeaderName).toBe('X-XSRF-TOKEN')
    expect(http.defaults.withXSRFToken).toBe(true)
    expect(CSRF_HEADER).toBe('X-XSRF-TOKEN')
  })

  it('sends Accept-Language from the current locale and drops empty query parameters', async () => {
    const seen = fakeServer(() => ({ status: 200, data: { ok: true } }))
    applyLocale('en')
    await get('/api/v1/users', { q: '', page: 0, size: 20, regionCode: undefined })
    const config = seen[0]
    expect(config?.headers.get('Accept-Language')).toBe('en')
    expect(config?.params).toEqual({ page: 0, size: 20 })
  })

  it('turns problem details into ProblemError, shows detail and exposes field errors', async () => {
    fakeServer(() => ({
      status: 400,
      headers: problemJson,
      data: {
        type: 'https://chemsafe.example/problems/validation',
        title: 'Bad Request',
        status: 400,
        detail: '用户名已存在',
        errors: [
          { field: 'username', code: 'Unique', message: '用户名已存在' },
          { field: 'scope.regionCode', code: 'NotNull', message: '请选择区域' }
        ]
      }
    }))
    const failure = await post('/api/v1/users', { username: 'a' }).catch((error: unknown) => error)
    expect(isProblemError(failure)).toBe(true)
    const problem = failure as ProblemError
    expect(problem.status).toBe(400)
    expect(problem.hasType('validation')).toBe(true)
    expect(problem.fieldErrors).toEqual({ username: '用户名已存在', 'scope.regionCode': '请选择区域' })
    expect(showError).toHaveBeenCalledWith('用户名已存在')
    expect(onUnauthorized).not.toHaveBeenCalled()
  })

  it('falls back to the title when there is no detail', async () => {
    fakeServer(() => ({ status: 403, headers: problemJson, data: { title: 'Forbidden', status: 403 } }))
    await get('/api/v1/audit-events').catch(() => undefined)
    expect(showError).toHaveBeenCalledWith('Forbidden')
  })

  it('uses a localised text when the body is not a problem (e.g. a proxy error page)', async () => {
    fakeServer(() => ({ status: 502, data: '<html>Bad gateway</html>' }))
    const failure = await get('/api/v1/users').catch((error: unknown) => error)
    expect(isProblemError(failure)).toBe(true)
    expect(showError).toHaveBeenCalledWith('服务暂不可用，请稍后再试')
  })

  it('redirects to login on a 401 from an ordinary call', async () => {
    fakeServer(() => ({ status: 401, headers: problemJson, data: { title: 'Unauthorized', status: 401 } }))
    await get('/api/v1/users').catch(() => undefined)
    expect(onUnauthorized).toHaveBeenCalledTimes(1)
  })

  it('does not redirect on a 401 from login or me, and stays silent when asked', async () => {
    fakeServer(() => ({
      status: 401,
      headers: problemJson,
      data: { type: 'https://chemsafe.example/problems/bad-credentials', title: 'Unauthorized', status: 401 }
    }))
    const failure = await post('/api/v1/auth/login', { username: 'a', password: 'b' }, { silent: true }).catch((error: unknown) => error)
    await get('/api/v1/auth/me', undefined, { silent: true }).catch(() => undefined)
    expect(onUnauthorized).not.toHaveBeenCalled()
    expect(showError).not.toHaveBeenCalled()
    expect((failure as ProblemError).hasType('bad-credentials')).toBe(true)
  })

  it('reads the lockedUntil extension of the account-locked problem', async () => {
    fakeServer(() => ({
      status: 423,
      headers: problemJson,
      data: {
        type: 'https://chemsafe.example/problems/account-locked',
        title: 'Locked',
        status: 423,
        lockedUntil: '2030-01-01T08:00:00Z'
      }
    }))
    const failure = (await post('/api/v1/auth/login', {}, { silent: true }).catch((error: unknown) => error)) as ProblemError
    expect(failure.status).toBe(423)
    expect(failure.hasType('account-locked')).toBe(true)
    expect(failure.problem.lockedUntil).toBe('2030-01-01T08:00:00Z')
  })

  it('parses problem details delivered as a Blob (failed downloads)', async () => {
    fakeServer(() => ({
      status: 403,
      data: new Blob([JSON.stringify({ title: 'Forbidden', detail: '无导出权限' })], { type: 'application/problem+json' })
    }))
    await download('/api/v1/audit-events/export', {}, 'audit-events.xlsx').catch(() => undefined)
    expect(showError).toHaveBeenCalledWith('无导出权限')
  })

  it('takes the download file name from Content-Disposition', async () => {
    const seen = fakeServer(() => ({
      status: 200,
      data: new Blob(['x']),
      headers: { 'content-disposition': "attachment; filename*=UTF-8''%E5%AE%A1%E8%AE%A1.xlsx" }
    }))
    const file = await download('/api/v1/audit-events/export', { outcome: 'SUCCESS', actor: '' }, 'audit-events.xlsx')
    expect(file.filename).toBe('审计.xlsx')
    expect(seen[0]?.responseType).toBe('blob')
    expect(seen[0]?.params).toEqual({ outcome: 'SUCCESS' })
  })

  it('fetches the CSRF cookie before a state-changing call when it is missing', async () => {
    document.cookie = `${CSRF_COOKIE}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`
    const seen = fakeServer((config) => {
      if (config.url === '/api/v1/auth/csrf') {
        document.cookie = `${CSRF_COOKIE}=fresh; path=/`
        return { status: 200, data: { headerName: 'X-XSRF-TOKEN', token: 'masked' } }
      }
      return { status: 204 }
    })
    await post('/api/v1/auth/logout')
    expect(seen.map((config) => config.url)).toEqual(['/api/v1/auth/csrf', '/api/v1/auth/logout'])
  })
})

describe('CSRF rejection', () => {
  const originalAdapter = http.defaults.adapter

  afterEach(() => {
    http.defaults.adapter = originalAdapter
  })

  it('refreshes the token and retries a rejected request once', async () => {
    configureHttp({ showError: () => undefined })
    document.cookie = `${CSRF_COOKIE}=stale; path=/`
    let attempts = 0
    const seen = fakeServer((config) => {
      if (config.url === '/api/v1/auth/csrf') {
        document.cookie = `${CSRF_COOKIE}=fresh; path=/`
        return { status: 200, data: { headerName: 'X-XSRF-TOKEN', token: 'fresh' } }
      }
      attempts += 1
      return attempts === 1
        ? { status: 403, headers: problemJson, data: { type: 'https://chemsafe.org/problems/csrf', title: 'Forbidden' } }
        : { status: 200, data: { ok: true } }
    })
    await expect(post('/api/v1/users/1/unlock')).resolves.toEqual({ ok: true })
    expect(seen.map((config) => config.url)).toEqual(['/api/v1/users/1/unlock', '/api/v1/auth/csrf', '/api/v1/users/1/unlock'])
  })
})

describe('problem parsing', () => {
  it('accepts problem JSON as string or object and rejects other bodies', () => {
    expect(parseProblem('{"title":"x","status":400}')).toMatchObject({ title: 'x', status: 400 })
    expect(parseProblem({ detail: 'd', errors: [{ field: 'a', message: 'm' }, { bad: 1 }] })).toMatchObject({
      detail: 'd',
      errors: [{ field: 'a', code: '', message: 'm' }]
    })
    expect(parseProblem('<html></html>')).toBeNull()
    expect(parseProblem({ foo: 'bar' })).toBeNull()
    expect(parseProblem(null)).toBeNull()
  })
})

describe('filenameFromContentDisposition', () => {
  it.each([
    ['attachment; filename="audit 2024.xlsx"', 'audit 2024.xlsx'],
    ['attachment; filename=audit.xlsx', 'audit.xlsx'],
    ['attachment; filename="fallback.xlsx"; filename*=UTF-8\'\'%E5%AE%A1%E8%AE%A1%E6%97%A5%E5%BF%97.xlsx', '审计日志.xlsx'],
    ['attachment', 'audit-events.xlsx'],
    [null, 'audit-events.xlsx']
  ])('%s → %s', (header, expected) => {
    expect(filenameFromContentDisposition(header, 'audit-events.xlsx')).toBe(expected)
  })
})
