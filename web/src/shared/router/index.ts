import { createRouter, createWebHistory, type RouteLocationNormalized, type RouteRecordRaw, type Router } from 'vue-router'
import { ElMessage } from 'element-plus'
import { useUserStore } from '@/shared/stores/user'
import { translate } from '@/shared/plugins/i18n'
import { safeRedirect, sortRoutes } from './menu'
import './types'
import home from './home'

type RouteModule = { default: RouteRecordRaw | RouteRecordRaw[] }

/** Each module's `routes.ts` (default export: one route or a list), found by convention. */
const modules = import.meta.glob<RouteModule>('/src/modules/*/routes.ts', { eager: true })

/** Routes shown inside the layout: the home page and every module's routes, sorted by `meta.rank`. */
export const appRoutes: RouteRecordRaw[] = sortRoutes([
  home,
  ...Object.values(modules).flatMap((module) => (Array.isArray(module.default) ? module.default : [module.default]))
])

export const routes: RouteRecordRaw[] = [
  {
    path: '/login',
    name: 'Login',
    component: () => import('@/shared/pages/login/index.vue'),
    meta: { title: 'login.title', public: true }
  },
  {
    path: '/',
    component: () => import('@/shared/layout/index.vue'),
    children: appRoutes
  },
  {
    path: '/:pathMatch(.*)*',
    name: 'NotFound',
    component: () => import('@/shared/pages/error/404.vue'),
    meta: { title: 'error.notFound.title', public: true }
  }
]

/** Navigation guard: sign-in required unless `meta.public`; `meta.auths` checked on every matched record. */
export async function authGuard(to: RouteLocationNormalized): Promise<true | string | { name: string; query?: Record<string, string> }> {
  const user = useUserStore()
  if (!user.loaded) {
    try {
      await user.fetchMe()
    } catch {
      /* backend unreachable: treated as signed out; the login page reports errors */
    }
  }
  if (to.meta.public) {
    if (to.name === 'Login' && user.isLoggedIn) return safeRedirect(to.query.redirect) ?? '/'
    return true
  }
  if (!user.isLoggedIn) {
    return to.fullPath === '/' ? { name: 'Login' } : { name: 'Login', query: { redirect: to.fullPath } }
  }
  const allowed = to.matched.every((record) => user.hasPerm(record.meta.auths))
  if (!allowed) {
    ElMessage({ type: 'warning', message: translate('error.forbidden'), grouping: true })
    return '/'
  }
  return true
}

export function pageTitle(route: RouteLocationNormalized): string {
  const app = translate('app.documentTitle')
  const title = route.meta.title
  return title ? `${translate(title)} · ${app}` : app
}

export function createAppRouter(): Router {
  const router = createRouter({
    history: createWebHistory(import.meta.env.BASE_URL),
    routes,
    scrollBehavior: () => ({ top: 0 })
  })
  router.beforeEach(authGuard)
  router.afterEach((to) => {
    document.title = pageTitle(to)
  })
  return router
}
