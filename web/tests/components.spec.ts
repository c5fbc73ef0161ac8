import { beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, nextTick, withDirectives, resolveDirective } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { createMemoryHistory, createRouter, type Router } from 'vue-router'
import { i18n, applyLocale } from '@/shared/plugins/i18n'
import { perms } from '@/shared/directives/perms'
import { useUserStore } from '@/shared/stores/user'
import { useAppStore } from '@/shared/stores/app'
import type { CurrentUser, Scope } from '@/shared/api/types/auth'
import type { PermissionCode } from '@/shared/api/schemas'
import NavBar from '@/shared/layout/components/NavBar.vue'
import SideMenu from '@/shared/layout/components/SideMenu.vue'
import LoginPage from '@/shared/pages/login/index.vue'
import * as authApi from '@/shared/api/auth'
import { ProblemError } from '@/shared/http'

const stubPage = defineComponent({ render: () => h('div') })

function makeRouter(): Router {
  return createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', component: stubPage, meta: { title: 'menu.home' } },
      { path: '/login', name: 'Login', component: stubPage },
      { path: '/profile', component: stubPage },
      { path: '/system/users', component: stubPage }
    ]
  })
}

function user(scope: Scope, permissions: PermissionCode[] = []): CurrentUser {
  return {
    id: '00000000-0000-0000-0000-000000000001',
    username: 'wang',
    displayName: '王工',
    roles: [{ code: 'SAFETY_MANAGER', name: '安全管理人员' }],
    permissions,
    scope
  }
}

const enterpriseScope: Scope = {
  kind: 'ENTERPRISE',
  regionCode: '370102',
  regionName: '历下区',
  enterpriseId: 'e1',
  enterpriseName: '齐鲁示例化工有限公司'
}

function globals(pinia: Pinia, router: Router) {
  return {
    plugins: [pinia, i18n, router],
    directives: { perms }
  }
}

describe('layout and pages', () => {
  let pinia: Pinia
  let router: Router

  beforeEach(async () => {
    pinia = createPinia()
    setActivePinia(pinia)
    applyLocale('zh-CN')
    router = makeRouter()
    await router.push('/')
    await router.isReady()
  })

  it('shows the user, the scope, and switches language', async () => {
    useUserStore().setUser(user(enterpriseScope))
    const wrapper = mount(NavBar, { props: { isMobile: false }, global: globals(pinia, router) })
    expect(wrapper.get('[data-testid="current-user"]').text()).toBe('王工')
    expect(wrapper.get('[data-testid="current-scope"]').text()).toBe('齐鲁示例化工有限公司')
    expect(wrapper.get('[data-testid="locale-switch"]').text()).toBe('English')
    await wrapper.get('[data-testid="locale-switch"]').trigger('click')
    expect(useAppStore().locale).toBe('en')
    expect(localStorage.getItem('chemsafe.locale')).toBe('en')
    expect(wrapper.get('[data-testid="locale-switch"]').text()).toBe('中文')
    applyLocale('zh-CN')
  })

  it('names the scope of region and platform users', async () => {
    const store = useUserStore()
    store.setUser(user({ kind: 'REGION', regionCode: '3701', regionName: '济南市', enterpriseId: null, enterpriseName: null }))
    const wrapper = mount(NavBar, { props: { isMobile: true }, global: globals(pinia, router) })
    expect(wrapper.get('[data-testid="current-scope"]').text()).toBe('济南市')
    store.setUser(user({ kind: 'PLATFORM', regionCode: null, regionName: null, enterpriseId: null, enterpriseName: null }))
    await nextTick()
    expect(wrapper.get('[data-testid="current-scope"]').text()).toBe('全平台')
  })

  it('opens the phone drawer with the hamburger and collapses the sidebar on desktop', async () => {
    useUserStore().setUser(user(enterpriseScope))
    const app = useAppStore()
    const phone = mount(NavBar, { props: { isMobile: true }, global: globals(pinia, router) })
    await phone.get('[data-testid="menu-toggle"]').trigger('click')
    expect(app.drawerOpen).toBe(true)
    const desktop = mount(NavBar, { props: { isMobile: false }, global: globals(pinia, router) })
    const before = app.sidebarCollapsed
    await desktop.get('[data-testid="menu-toggle"]').trigger('click')
    expect(app.sidebarCollapsed).toBe(!before)
  })

  it('logs out and goes to the login page', async () => {
    useUserStore().setUser(user(enterpriseScope))
    const logout = vi.spyOn(authApi, 'logout').mockResolvedValue()
    const getCsrf = vi.spyOn(authApi, 'getCsrf').mockResolvedValue({ headerName: 'X-XSRF-TOKEN', token: 't' })
    const wrapper = mount(NavBar, { props: { isMobile: false }, global: globals(pinia, router) })
    await wrapper.get('[data-testid="logout"]').trigger('click')
    await flushPromises()
    expect(logout).toHaveBeenCalled()
    expect(useUserStore().isLoggedIn).toBe(false)
    expect(router.currentRoute.value.name).toBe('Login')
    getCsrf.mockRestore()
  })

  it('builds the side menu from the permitted routes', () => {
    useUserStore().setUser(user(enterpriseScope, ['user:read']))
    const wrapper = mount(SideMenu, { props: { collapsed: false }, global: globals(pinia, router) })
    expect(wrapper.find('[data-testid="menu-home"]').exists()).toBe(true)
    expect(wrapper.find('[data-testid="menu-enterprises"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="menu-profile"]').exists()).toBe(true)
    expect(wrapper.text()).toContain('用户管理')
    expect(wrapper.text()).not.toContain('审计日志')
  })

  it('v-perms hides elements without the permission', async () => {
    const store = useUserStore()
    store.setUser(user(enterpriseScope, ['user:read']))
    const Probe = defineComponent({
      setup() {
        return () => {
          const directive = resolveDirective('perms')
          return h('div', [
            directive ? withDirectives(h('button', { 'data-testid': 'write' }, 'w'), [[directive, 'user:write']]) : null,
            directive ? withDirectives(h('button', { 'data-testid': 'read' }, 'r'), [[directive, ['audit:read', 'user:read']]]) : null
          ])
        }
      }
    })
    const wrapper = mount(Probe, { global: globals(pinia, router) })
    expect(wrapper.get('[data-testid="write"]').isVisible()).toBe(false)
    expect(wrapper.get('[data-testid="read"]').isVisible()).toBe(true)
  })

  it('login page shows the locked-account message with the unlock time', async () => {
    const lockedUntil = '2030-05-01T06:30:00Z'
    vi.spyOn(authApi, 'getCsrf').mockResolvedValue({ headerName: 'X-XSRF-TOKEN', token: 't' })
    vi.spyOn(authApi, 'login').mockRejectedValue(
      new ProblemError({ type: 'https://chemsafe.example/problems/account-locked', title: 'Locked', lockedUntil }, 423)
    )
    await router.push('/login')
    const wrapper = mount(LoginPage, { global: globals(pinia, router) })
    await wrapper.get('[data-testid="login-username"]').setValue('wang')
    await wrapper.get('[data-testid="login-password"]').setValue('wrong-pass1')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    await flushPromises()
    const error = wrapper.get('[data-testid="login-error"]')
    const expectedTime = new Intl.DateTimeFormat('zh-CN', {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hour12: false
    }).format(new Date(lockedUntil))
    expect(error.text()).toContain('账号已被锁定')
    expect(error.text()).toContain(expectedTime)
  })

  it('login page signs in and follows the redirect', async () => {
    vi.spyOn(authApi, 'getCsrf').mockResolvedValue({ headerName: 'X-XSRF-TOKEN', token: 't' })
    const login = vi.spyOn(authApi, 'login').mockResolvedValue(user(enterpriseScope, ['user:read']))
    await router.push({ path: '/login', query: { redirect: '/system/users' } })
    const wrapper = mount(LoginPage, { global: globals(pinia, router) })
    await wrapper.get('[data-testid="login-username"]').setValue(' wang ')
    await wrapper.get('[data-testid="login-password"]').setValue('abc12345')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    await flushPromises()
    expect(login).toHaveBeenCalledWith({ username: 'wang', password: 'abc12345' })
    expect(useUserStore().current?.displayName).toBe('王工')
    expect(router.currentRoute.value.fullPath).toBe('/system/users')
  })
})
