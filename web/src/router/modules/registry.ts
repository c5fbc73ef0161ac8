import type { RouteRecordRaw } from 'vue-router'
import type { PermissionCode } from '@/api/types/role'
import { useUserStore } from '@/stores/user'

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
    const isEnterprise = user.scopeKind === 'ENTERPRISE'
    return pages.find((page) => user.hasPerm(page.auths) && (isEnterprise || !page.enterpriseOnly))?.path ?? '/'
  },
  meta: { title: 'menu.registry', icon: 'Document', rank: 20 },
  children: [
    {
      path: '/registry/profile',
      name: 'RegistryProfile',
      component: () => import('@/views/registry/profile/index.vue'),
      meta: { title: 'menu.enterpriseProfile', icon: 'OfficeBuilding', rank: 1, auths: ['enterprise:read'], hideInMenuForScopes: ['PLATFORM', 'REGION'] }
    },
    {
      path: '/registry/units',
      name: 'RegistryUnit',
      component: () => import('@/views/registry/unit/index.vue'),
      meta: { title: 'menu.units', rank: 2, auths: ['unit:read'] }
    },
    {
      path: '/registry/units/:id',
      name: 'RegistryUnitDetail',
      component: () => import('@/views/registry/unit/detail.vue'),
      meta: { title: 'menu.unitDetail', rank: 3, auths: ['unit:read'], hideInMenu: true }
    },
    {
      path: '/registry/chemicals',
      name: 'RegistryChemical',
      component: () => import('@/views/registry/chemical/index.vue'),
      meta: { title: 'menu.chemicals', rank: 4, auths: ['chemical:read'] }
    },
    {
      path: '/registry/sites',
      name: 'SitePlan',
      component: () => import('@/views/site/plan/index.vue'),
      meta: { title: 'site.menu', rank: 5, auths: ['enterprise:read'] }
    },
    {
      path: '/registry/import',
      name: 'RegistryExcel',
      component: () => import('@/views/registry-excel/index.vue'),
      meta: { title: 'registryExcel.menu', rank: 6, auths: ['unit:read'] }
    }
  ]
}

export default registry
