import type { RouteRecordRaw } from 'vue-router'
import type { PermissionCode } from '@/shared/api/schemas'

const READ: PermissionCode[] = ['permit:read']
const WRITE: PermissionCode[] = ['permit:write']
const SIGN: PermissionCode[] = ['permit:sign']

/**
 * Special-work permits (GB 30871-2022): the permits, the approval inbox, the live board on the site plan, applying for one, one permit with its records,
 * the pre-check and who signs each block of the chains.
 */
const permit: RouteRecordRaw = {
  path: '/permit',
  name: 'Permit',
  redirect: '/permits',
  meta: { title: 'menu.permit', icon: 'Document', rank: 40 },
  children: [
    {
      path: '/permits',
      name: 'PermitList',
      component: () => import('@/modules/permit/pages/list/index.vue'),
      meta: { title: 'menu.permits', rank: 1, auths: READ }
    },
    {
      path: '/permits/inbox',
      name: 'PermitInbox',
      component: () => import('@/modules/permit/pages/inbox/index.vue'),
      meta: { title: 'menu.permitInbox', rank: 2, auths: SIGN }
    },
    {
      path: '/permits/board',
      name: 'PermitBoard',
      component: () => import('@/modules/permit/pages/board/index.vue'),
      meta: { title: 'menu.permitBoard', rank: 3, auths: READ }
    },
    {
      path: '/permits/signing-roles',
      name: 'PermitSigningRoles',
      component: () => import('@/modules/permit/pages/signing-roles/index.vue'),
      meta: { title: 'menu.permitSigningRoles', rank: 7, auths: READ }
    },
    {
      path: '/permits/pre-check',
      name: 'PermitPreCheck',
      component: () => import('@/modules/permit/pages/pre-check/index.vue'),
      meta: { title: 'menu.permitPreCheck', rank: 4, auths: READ }
    },
    {
      path: '/permits/apply',
      name: 'PermitApply',
      component: () => import('@/modules/permit/pages/apply/index.vue'),
      meta: { title: 'menu.permitApply', rank: 5, auths: WRITE, hideInMenu: true }
    },
    {
      path: '/permits/:id',
      name: 'PermitDetail',
      component: () => import('@/modules/permit/pages/detail/index.vue'),
      meta: { title: 'menu.permitDetail', rank: 6, auths: READ, hideInMenu: true }
    }
  ]
}

export default permit
