import { describe, expect, it } from 'vitest'
import { isStrongPassword } from '@/modules/identity/pages/users/utils/rule'
import {
  creatableScopeKinds,
  emptyUserForm,
  isLocked,
  rolesForScope,
  toCreateRequest,
  toUpdateRequest
} from '@/modules/identity/pages/users/utils/hook'
import { outcomeTagType, toAuditFilter } from '@/modules/identity/pages/audit/utils/hook'
import { toCreateTokenRequest, tokenStatus } from '@/modules/identity/pages/api-tokens/utils/hook'
import { isFutureOrEmpty } from '@/modules/identity/pages/api-tokens/utils/rule'
import { loginErrorMessage } from '@/shared/pages/login/utils/hook'
import { ProblemError } from '@/shared/http'
import { formatDateTime } from '@/shared/composables/useFormat'
import type { Role } from '@/modules/identity/api/types/role'

describe('password strength', () => {
  it.each([
    ['abc12345', true],
    ['Passw0rd!', true],
    ['abcdefgh', false],
    ['12345678', false],
    ['ab1', false],
    ['', false]
  ])('%s → %s', (value, expected) => {
    expect(isStrongPassword(value)).toBe(expected)
  })
})

describe('user scope rules', () => {
  it('limits the scope kinds a user may create', () => {
    expect(creatableScopeKinds('PLATFORM')).toEqual(['PLATFORM', 'REGION', 'ENTERPRISE'])
    expect(creatableScopeKinds('REGION')).toEqual(['REGION', 'ENTERPRISE'])
    expect(creatableScopeKinds('ENTERPRISE')).toEqual(['ENTERPRISE'])
    expect(creatableScopeKinds(null)).toEqual([])
  })

  it('filters roles by scope kind', () => {
    const roles: Role[] = [
      { code: 'PLATFORM_ADMIN', name: '平台管理员', scopeKind: 'PLATFORM', permissions: [] },
      { code: 'REGION_SUPERVISOR', name: '区域监管人员', scopeKind: 'REGION', permissions: [] },
      { code: 'SAFETY_MANAGER', name: '安全管理人员', scopeKind: 'ENTERPRISE', permissions: [] },
      { code: 'OPERATOR', name: '操作人员', scopeKind: 'ENTERPRISE', permissions: [] }
    ]
    expect(rolesForScope(roles, 'ENTERPRISE').map((role) => role.code)).toEqual(['SAFETY_MANAGER', 'OPERATOR'])
    expect(rolesForScope(roles, 'REGION').map((role) => role.code)).toEqual(['REGION_SUPERVISOR'])
  })

  it('builds create requests with only the scope target of the chosen kind', () => {
    const model = {
      ...emptyUserForm('REGION'),
      username: ' zhang ',
      displayName: ' 张三 ',
      password: 'abc12345',
      roleCodes: ['REGION_SUPERVISOR'],
      regionCode: '370102',
      enterpriseId: 'should-not-be-sent'
    }
    expect(toCreateRequest(model)).toEqual({
      username: 'zhang',
      displayName: '张三',
      password: 'abc12345',
      roleCodes: ['REGION_SUPERVISOR'],
      scope: { kind: 'REGION', regionCode: '370102' }
    })
    expect(toCreateRequest({ ...model, scopeKind: 'ENTERPRISE', phone: '13800000000' })).toMatchObject({
      phone: '13800000000',
      scope: { kind: 'ENTERPRISE', enterpriseId: 'should-not-be-sent' }
    })
  })

  it('builds update requests', () => {
    expect(toUpdateRequest({ displayName: '李四', phone: '', email: '', roleCodes: ['OPERATOR'], enabled: false })).toEqual({
      displayName: '李四',
      roleCodes: ['OPERATOR'],
      enabled: false
    })
    expect(toUpdateRequest({ displayName: '李四', phone: '', email: ' li@example.cn ', roleCodes: ['OPERATOR'], enabled: true })).toMatchObject({
      email: 'li@example.cn'
    })
  })

  it('knows when a user is locked', () => {
    const now = new Date('2030-01-01T00:00:00Z')
    expect(isLocked({ lockedUntil: null }, now)).toBe(false)
    expect(isLocked({ lockedUntil: '2030-01-01T00:10:00Z' }, now)).toBe(true)
    expect(isLocked({ lockedUntil: '2029-12-31T23:50:00Z' }, now)).toBe(false)
  })
})

describe('audit filters', () => {
  it('sends ISO instants and omits empty filters', () => {
    const from = new Date('2030-01-01T00:00:00Z')
    const to = new Date('2030-01-02T00:00:00Z')
    expect(toAuditFilter({ from, to, actor: ' admin ', action: '', outcome: 'DENIED' })).toEqual({
      from: '2030-01-01T00:00:00.000Z',
      to: '2030-01-02T00:00:00.000Z',
      actor: 'admin',
      outcome: 'DENIED'
    })
    expect(toAuditFilter({ from: null, to: null, actor: '', action: '', outcome: '' })).toEqual({})
  })

  it('colours outcomes', () => {
    expect(outcomeTagType('SUCCESS')).toBe('success')
    expect(outcomeTagType('FAILURE')).toBe('danger')
    expect(outcomeTagType('DENIED')).toBe('warning')
  })
})

describe('api tokens', () => {
  it('sends the enterprise only for platform / region users', () => {
    const model = { name: ' 液位接入 ', purpose: 'TELEMETRY' as const, enterpriseId: 'e1', expiresAt: null }
    expect(toCreateTokenRequest(model, true)).toEqual({ name: '液位接入', purpose: 'TELEMETRY', enterpriseId: 'e1' })
    expect(toCreateTokenRequest(model, false)).toEqual({ name: '液位接入', purpose: 'TELEMETRY' })
    expect(toCreateTokenRequest({ ...model, purpose: '' }, true)).toBeNull()
  })

  it('derives the status', () => {
    const now = new Date('2030-01-01T00:00:00Z')
    expect(tokenStatus({ revokedAt: null, expiresAt: null }, now)).toBe('ACTIVE')
    expect(tokenStatus({ revokedAt: '2029-01-01T00:00:00Z', expiresAt: null }, now)).toBe('REVOKED')
    expect(tokenStatus({ revokedAt: null, expiresAt: '2029-06-01T00:00:00Z' }, now)).toBe('EXPIRED')
    expect(isFutureOrEmpty(null)).toBe(true)
    expect(isFutureOrEmpty(new Date('2029-01-01T00:00:00Z'), now)).toBe(false)
  })
})

describe('login error message', () => {
  const t = (key: string, named?: Record<string, string>): string => (named ? `${key}:${JSON.stringify(named)}` : key)

  it('explains bad credentials', () => {
    const error = new ProblemError({ type: 'https://x/problems/bad-credentials', title: 'Unauthorized' }, 401)
    expect(loginErrorMessage(error, t, 'zh-CN')).toBe('login.error.badCredentials')
  })

  it('shows when a locked account unlocks', () => {
    const until = '2030-01-01T08:30:00Z'
    const error = new ProblemError({ type: 'https://x/problems/account-locked', title: 'Locked', lockedUntil: until }, 423)
    expect(loginErrorMessage(error, t, 'zh-CN')).toBe(`login.error.lockedUntil:${JSON.stringify({ time: formatDateTime(until, 'zh-CN') })}`)
  })

  it('falls back to the problem text for other failures', () => {
    expect(loginErrorMessage(new ProblemError({ title: 'Service Unavailable' }, 503), t, 'en')).toBe('Service Unavailable')
    expect(loginErrorMessage(new Error('boom'), t, 'en')).toBe('login.error.unknown')
  })
})
