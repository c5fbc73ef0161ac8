import type { RouteRecordRaw } from 'vue-router'
import type { PermissionCode } from '@/shared/api/schemas'
import type { MenuIcon } from './icons'

export interface MenuItem {
  /** Full path of the route (groups: their own path). */
  path: string
  /** i18n key. */
  title: string
  icon?: MenuIcon
  children: MenuItem[]
}

export interface MenuContext {
  hasPerm: (required: readonly PermissionCode[] | undefined) => boolean
  /** Whether the user's scope spans several enterprises (platform and region users): layout only. */
  spansEnterprises: boolean
}

export function joinPath(parent: string, path: string): string {
  if (path.startsWith('/')) return path
  const base = parent.endsWith('/') ? parent.slice(0, -1) : parent
  return path ? `${base}/${path}` : base || '/'
}

function rankOf(route: RouteRecordRaw): number {
  return route.meta?.rank ?? Number.MAX_SAFE_INTEGER
}

/** Sorts routes by `meta.rank` (stable), recursively. */
export function sortRoutes(routes: readonly RouteRecordRaw[]): RouteRecordRaw[] {
  return [...routes]
    .map((route) => (route.children ? { ...route, children: sortRoutes(route.children) } : route))
    .sort((a, b) => rankOf(a) - rankOf(b))
}

/** True when the route may be opened by a user with the given context (checks `meta.auths`). */
export function canAccess(route: RouteRecordRaw, ctx: MenuContext): boolean {
  return ctx.hasPerm(route.meta?.auths)
}

/**
 * Builds the side menu from the app routes: drops routes without a title, hidden ones,
 * those laid out for other users (`menuFor`), those the user lacks permission for,
 * and groups left without children.
 */
export function buildMenus(routes: readonly RouteRecordRaw[], ctx: MenuContext, parentPath = ''): MenuItem[] {
  const items: MenuItem[] = []
  for (const route of sortRoutes(routes)) {
    const meta = route.meta
    if (!meta?.title || meta.hideInMenu) continue
    if (meta.menuFor && meta.menuFor !== (ctx.spansEnterprises ? 'severalEnterprises' : 'ownEnterprise')) continue
    if (!canAccess(route, ctx)) continue
    const path = joinPath(parentPath, route.path)
    if (route.children && route.children.length > 0) {
      const children = buildMenus(route.children, ctx, path)
      if (children.length === 0) continue
      items.push({ path, title: meta.title, icon: meta.icon, children })
    } else {
      items.push({ path, title: meta.title, icon: meta.icon, children: [] })
    }
  }
  return items
}

/** `data-testid` of a menu entry: `menu-home`, `menu-system-users`, … */
export function menuTestId(path: string): string {
  const slug = path.replace(/^\/+|\/+$/g, '').replace(/\//g, '-')
  return `menu-${slug || 'home'}`
}

/** The leaves of a menu tree, in order (used for quick links). */
export function flattenMenus(items: readonly MenuItem[]): MenuItem[] {
  return items.flatMap((item) => (item.children.length > 0 ? flattenMenus(item.children) : [item]))
}

/** Accepts only same-origin absolute paths as post-login redirect targets. */
export function safeRedirect(value: unknown): string | null {
  const candidate = Array.isArray(value) ? value[0] : value
  if (typeof candidate !== 'string') return null
  if (!candidate.startsWith('/') || candidate.startsWith('//') || candidate.startsWith('/\\')) return null
  if (candidate.startsWith('/login')) return null
  return candidate
}
