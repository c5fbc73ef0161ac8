import type { RouteRecordRaw } from 'vue-router'
import type { PermissionCode } from '@/shared/api/schemas'

const READ: PermissionCode[] = ['permit:read']

/** Special-work permits (GB 30871-2022): today the pre-check of planned work; the permit workflow follows. */
const permit: RouteRecordRaw = {
  path: '/permit',
  name: 'Permit',
  redirect: '/permits/pre-check',
  meta: { title: 'menu.permit', icon: 'Document', rank: 40 },
  children: [
    {
      path: '/permits/pre-check',
      name: 'PermitPreCheck',
      component: () => import('@/modules/permit/pages/pre-check/index.vue'),
      meta: { title: 'menu.permitPreCheck', rank: 1, auths: READ }
    }
  ]
}

export default permit
