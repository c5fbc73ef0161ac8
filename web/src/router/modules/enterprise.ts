import type { RouteRecordRaw } from 'vue-router'

const enterprise: RouteRecordRaw = {
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
}

export default enterprise
