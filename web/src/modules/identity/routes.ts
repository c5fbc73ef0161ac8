import type { RouteRecordRaw } from 'vue-router'
import { useUserStore } from '@/shared/stores/user'
import type { PermissionCode } from '@/shared/api/schemas'

const pages: { path: string; auths: PermissionCode[] }[] = [
  { path: '/system/users', auths: ['user:read'] },
  { path: '/system/audit', auths: ['audit:read'] },
  { path: '/system/api-tokens', auths: ['api-token:manage'] }
]

const system: RouteRecordRaw = {
  path: '/system',
  name: 'System',
  // Open the first page of the group that the user may see.
  redirect: () => {
    const user = useUserStore()
    return pages.find((page) => user.hasPerm(page.auths))?.path ?? '/'
  },
  meta: { title: 'menu.system', icon: 'Setting', rank: 90 },
  children: [
    {
      path: '/system/users',
      name: 'SystemUser',
      component: () => import('@/modules/identity/pages/users/index.vue'),
      meta: { title: 'menu.users', icon: 'User', rank: 1, auths: ['user:read'] }
    },
    {
      path: '/system/audit',
      name: 'SystemAudit',
      component: () => import('@/modules/identity/pages/audit/index.vue'),
      meta: { title: 'menu.audit', icon: 'Document', rank: 2, auths: ['audit:read'] }
    },
    {
      path: '/system/api-tokens',
      name: 'SystemApiToken',
      component: () => import('@/modules/identity/pages/api-tokens/index.vue'),
      meta: { title: 'menu.apiTokens', icon: 'Key', rank: 3, auths: ['api-token:manage'] }
    }
  ]
}

const profile: RouteRecordRaw = {
  path: '/profile',
  name: 'Profile',
  component: () => import('@/modules/identity/pages/profile/index.vue'),
  meta: { title: 'menu.profile', icon: 'Lock', rank: 100, auths: [] }
}

export default [system, profile]
