import type { RouteRecordRaw } from 'vue-router'

const enterprise: RouteRecordRaw[] = [
  {
    path: '/enterprises',
    name: 'EnterpriseList',
    component: () => import('@/views/enterprise/list/index.vue'),
    meta: {
      title: 'menu.enterprises',
      icon: 'OfficeBuilding',
      rank: 10,
      auths: ['enterprise:read'],
      hideInMenuForScopes: ['ENTERPRISE']
    }
  },
  {
    // Read-only view of one enterprise for supervisors: profile, units and major hazard sources.
    path: '/enterprises/:id',
    name: 'EnterpriseDetail',
    component: () => import('@/views/enterprise/detail/index.vue'),
    meta: { title: 'menu.enterpriseDetail', rank: 11, auths: ['enterprise:read'], hideInMenu: true }
  }
]

export default enterprise
