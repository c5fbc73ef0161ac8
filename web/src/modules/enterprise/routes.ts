import type { RouteRecordRaw } from 'vue-router'
import type { PermissionCode } from '@/shared/api/schemas'
import { useUserStore } from '@/shared/stores/user'

const pages: { path: string; auths: PermissionCode[]; enterpriseOnly?: boolean }[] = [
  { path: '/registry/profile', auths: ['enterprise:read'], enterpriseOnly: true },
  { path: '/registry/units', auths: ['unit:read'] },
  { path: '/registry/chemicals', auths: ['chemical:read'] },
  { path: '/registry/sites', auths: ['enterprise:read'] },
  { path: '/registry/import', auths: ['unit:read'] }
]

/** Registry: the enterprise's own profile, its production and storage units, its chemicals, its site plans, and Excel import/export. */
const registry: RouteRecordRaw = {
  path: '/registry',
  name: 'Registry',
  // Open the first page of the group that the user may see.
  redirect: () => {
    const user = useUserStore()
    return pages.find((page) => user.hasPerm(page.auths) && (!user.spansEnterprises || !page.enterpriseOnly))?.path ?? '/'
  },
  meta: { title: 'menu.registry', icon: 'Document', rank: 20 },
  children: [
    {
      path: '/registry/profile',
      name: 'RegistryProfile',
      component: () => import('@/modules/enterprise/pages/profile/index.vue'),
      meta: {
        title: 'menu.enterpriseProfile',
        icon: 'OfficeBuilding',
        rank: 1,
        auths: ['enterprise:read'],
        menuFor: 'ownEnterprise'
      }
    },
    {
      path: '/registry/units',
      name: 'RegistryUnit',
      component: () => import('@/modules/enterprise/pages/units/index.vue'),
      meta: { title: 'menu.units', rank: 2, auths: ['unit:read'] }
    },
    {
      path: '/registry/units/:id',
      name: 'RegistryUnitDetail',
      component: () => import('@/modules/enterprise/pages/units/detail.vue'),
      meta: { title: 'menu.unitDetail', rank: 3, auths: ['unit:read'], hideInMenu: true }
    },
    {
      path: '/registry/chemicals',
      name: 'RegistryChemical',
      component: () => import('@/modules/enterprise/pages/chemicals/index.vue'),
      meta: { title: 'menu.chemicals', rank: 4, auths: ['chemical:read'] }
    },
    {
      path: '/registry/sites',
      name: 'SitePlan',
      component: () => import('@/modules/enterprise/pages/sites/index.vue'),
      meta: { title: 'site.menu', rank: 5, auths: ['enterprise:read'] }
    },
    {
      path: '/registry/import',
      name: 'RegistryExcel',
      component: () => import('@/modules/enterprise/pages/registry-excel/index.vue'),
      meta: { title: 'registryExcel.menu', rank: 6, auths: ['unit:read'] }
    }
  ]
}

/** The enterprises in the caller's scope and one enterprise's read-only view. */
const enterprises: RouteRecordRaw[] = [
  {
    path: '/enterprises',
    name: 'EnterpriseList',
    component: () => import('@/modules/enterprise/pages/enterprise-list/index.vue'),
    meta: {
      title: 'menu.enterprises',
      icon: 'OfficeBuilding',
      rank: 10,
      auths: ['enterprise:read'],
      menuFor: 'severalEnterprises'
    }
  },
  {
    // Read-only view of one enterprise for supervisors: profile, units and major hazard sources.
    path: '/enterprises/:id',
    name: 'EnterpriseDetail',
    component: () => import('@/modules/enterprise/pages/enterprise-detail/index.vue'),
    meta: { title: 'menu.enterpriseDetail', rank: 11, auths: ['enterprise:read'], hideInMenu: true }
  }
]

export default [...enterprises, registry]
