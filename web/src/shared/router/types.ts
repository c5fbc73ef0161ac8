import type { PermissionCode } from '@/shared/api/schemas'
import type { MenuIcon } from './icons'

/** Whose side menu shows a page (see `RouteMeta.menuFor`). */
export type MenuAudience = 'ownEnterprise' | 'severalEnterprises'

declare module 'vue-router' {
  interface RouteMeta {
    /** i18n key of the page / menu title. */
    title?: string
    /** Permission codes; the user needs one of them. Empty or absent = any signed-in user. */
    auths?: PermissionCode[]
    /** Menu icon. */
    icon?: MenuIcon
    /** Menu order (ascending). */
    rank?: number
    /** Never shown in the side menu. */
    hideInMenu?: boolean
    /**
     * Navigation layout, not authorisation (that is `auths`, checked by the router guard and the server): a page
     * about the user's own enterprise is in the menu of enterprise users ('ownEnterprise'), a page across
     * enterprises in the menu of platform and region users ('severalEnterprises'). Absent: in every user's menu.
     */
    menuFor?: MenuAudience
    /** Reachable without signing in. */
    public?: boolean
  }
}

export {}
