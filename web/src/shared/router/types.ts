import type { ScopeKind } from '@/shared/api/types/auth'
import type { PermissionCode } from '@/shared/api/schemas'
import type { MenuIcon } from './icons'

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
    /** Not shown in the side menu for users of these scope kinds. */
    hideInMenuForScopes?: ScopeKind[]
    /** Reachable without signing in. */
    public?: boolean
  }
}

export {}
