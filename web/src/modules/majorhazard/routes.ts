import type { RouteRecordRaw } from 'vue-router'
import type { PermissionCode } from '@/shared/api/schemas'

const READ: PermissionCode[] = ['major-hazard:read']

/** Major hazard sources: the register, each source's calculation and accountability people, the public board, and the supervisors' map. */
const majorHazard: RouteRecordRaw = {
  path: '/major-hazard',
  name: 'MajorHazard',
  redirect: '/major-hazards',
  meta: { title: 'menu.majorHazard', icon: 'Key', rank: 30 },
  children: [
    {
      path: '/major-hazards',
      name: 'MajorHazardList',
      component: () => import('@/modules/majorhazard/pages/list/index.vue'),
      meta: { title: 'menu.majorHazardSources', rank: 1, auths: READ }
    },
    {
      path: '/major-hazards/accountability',
      name: 'MajorHazardAccountability',
      component: () => import('@/modules/majorhazard/pages/accountability/index.vue'),
      meta: { title: 'menu.majorHazardAccountability', rank: 2, auths: READ }
    },
    {
      path: '/major-hazards/enterprises',
      name: 'MajorHazardEnterprises',
      component: () => import('@/modules/majorhazard/pages/enterprises/index.vue'),
      meta: { title: 'menu.majorHazardEnterprises', rank: 3, auths: READ, menuFor: 'severalEnterprises' }
    },
    {
      path: '/major-hazards/:id',
      name: 'MajorHazardDetail',
      component: () => import('@/modules/majorhazard/pages/detail/index.vue'),
      meta: { title: 'menu.majorHazardDetail', rank: 4, auths: READ, hideInMenu: true }
    }
  ]
}

export default majorHazard
