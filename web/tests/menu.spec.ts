import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import type { RouteRecordRaw } from 'vue-router'
import { appRoutes, authGuard } from '@/shared/router'
import { buildMenus, flattenMenus, menuTestId, safeRedirect, type MenuContext } from '@/shared/router/menu'
import { permits, useUserStore } from '@/shared/stores/user'
import type { CurrentUser, ScopeKind } from '@/shared/api/types/auth'
import { PERMISSION_CODES } from '@/modules/identity/api/types/role'

function ctx(permissions: string[], scopeKind: ScopeKind | null): MenuContext {
  const set = new Set(permissions)
  return { hasPerm: (required) => permits(set, required), spansEnterprises: scopeKind !== null && scopeKind !== 'ENTERPRISE' }
}

const ALL = [...PERMISSION_CODES]

function paths(routes: readonly RouteRecordRaw[], permissions: string[], scopeKind: ScopeKind | null): string[] {
  return flattenMenus(buildMenus(routes, ctx(permissions, scopeKind))).map((item) => item.path)
}

describe("menu building from the modules' routes", () => {
  it('collects every module and sorts by rank', () => {
    expect(appRoutes.map((route) => route.path)).toEqual([
      '/',
      '/enterprises',
      '/enterprises/:id',
      '/monitoring',
      '/alarm',
      '/notification',
      '/registry',
      '/major-hazard',
      '/dual-prevention',
      '/permit',
      '/elements',
      '/system',
      '/profile'
    ])
  })

  it('shows everything to a platform administrator', () => {
    const menus = buildMenus(appRoutes, ctx(ALL, 'PLATFORM'))
    expect(menus.map((item) => item.title)).toEqual([
      'menu.home',
      'menu.enterprises',
      'menu.monitoring',
      'menu.alarm',
      'menu.notification',
      'menu.registry',
      'menu.majorHazard',
      'menu.dualPrevention',
      'menu.permit',
      'menu.elements',
      'menu.system',
      'menu.profile'
    ])
    const system = menus.find((item) => item.path === '/system')
    expect(system?.children.map((item) => item.path)).toEqual(['/system/users', '/system/audit', '/system/api-tokens'])
  })

  it('hides the enterprise list from enterprise-scope users even with enterprise:read', () => {
    expect(paths(appRoutes, ['enterprise:read', 'user:read'], 'ENTERPRISE')).toEqual([
      '/',
      '/registry/profile',
      '/registry/sites',
      '/system/users',
      '/profile'
    ])
  })

  it('shows the enterprise list to a regional supervisor', () => {
    expect(paths(appRoutes, ['enterprise:read', 'region:read'], 'REGION')).toEqual(['/', '/enterprises', '/registry/sites', '/profile'])
  })

  it('drops a group whose children are all forbidden', () => {
    const menus = buildMenus(appRoutes, ctx([], 'ENTERPRISE'))
    expect(menus.map((item) => item.path)).toEqual(['/', '/profile'])
  })

  it('handles relative child paths and hideInMenu', () => {
    const routes: RouteRecordRaw[] = [
      {
        path: '/a',
        meta: { title: 'a', rank: 2 },
        children: [
          { path: 'b', component: {}, meta: { title: 'b', auths: ['audit:read'] } },
          { path: 'c', component: {}, meta: { title: 'c', hideInMenu: true } }
        ]
      },
      { path: '/z', component: {}, meta: { title: 'z', rank: 1 } },
      { path: '/untitled', component: {} }
    ]
    expect(paths(routes, ['audit:read'], 'PLATFORM')).toEqual(['/z', '/a/b'])
  })

  it('derives stable data-testids', () => {
    expect(menuTestId('/')).toBe('menu-home')
    expect(menuTestId('/system/api-tokens')).toBe('menu-system-api-tokens')
  })
})

describe('permits', () => {
  const held = new Set(['user:read'])
  it('treats an empty list as any signed-in user and a list as any-of', () => {
    expect(permits(held, [])).toBe(true)
    expect(permits(held, undefined)).toBe(true)
    expect(permits(held, 'user:read')).toBe(true)
    expect(permits(held, 'user:write')).toBe(false)
    expect(permits(held, ['user:write', 'user:read'])).toBe(true)
    expect(permits(held, ['audit:read'])).toBe(false)
  })
})

describe('safeRedirect', () => {
  it.each([
    ['/system/users?q=a', '/system/users?q=a'],
    [['/audit'], '/audit'],
    ['//evil.example', null],
    ['https://evil.example', null],
    ['/\\evil', null],
    ['/login', null],
    [undefined, null]
  ])('%s → %s', (value, expected) => {
    expect(safeRedirect(value)).toBe(expected)
  })
})

describe('navigation guard', () => {
  const me: CurrentUser = {
    id: '00000000-0000-0000-0000-000000000001',
    username: 'safety',
    displayName: '李安全',
    roles: [{ code: 'SAFETY_MANAGER', name: '安全管理人员' }],
    permissions: ['user:read'],
    scope: { kind: 'ENTERPRISE', regionCode: null, regionName: null, enterpriseId: 'e1', enterpriseName: '示例化工' }
  }

  beforeEach(() => {
    setActivePinia(createPinia())
  })

  function route(path: string, auths: string[] | undefined, isPublic = false, name?: string) {
    return {
      path,
      fullPath: path,
      name,
      query: {},
      meta: { public: isPublic },
      matched: [{ meta: { auths } }]
    } as unknown as Parameters<typeof authGuard>[0]
  }

  it('sends signed-out users to login and keeps the target', async () => {
    useUserStore().setUser(null)
    expect(await authGuard(route('/system/users', ['user:read']))).toEqual({
      name: 'Login',
      query: { redirect: '/system/users' }
    })
  })

  it('lets a permitted user through and sends others home', async () => {
    useUserStore().setUser(me)
    expect(await authGuard(route('/system/users', ['user:read']))).toBe(true)
    expect(await authGuard(route('/system/audit', ['audit:read']))).toBe('/')
  })

  it('sends a signed-in user away from the login page', async () => {
    useUserStore().setUser(me)
    expect(await authGuard(route('/login', undefined, true, 'Login'))).toBe('/')
  })
})
