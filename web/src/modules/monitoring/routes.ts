import type { RouteRecordRaw } from 'vue-router'
import type { PermissionCode } from '@/shared/api/schemas'

const READ: PermissionCode[] = ['monitoring:read']

/** Risk monitoring: the live overview and site plan, the points with their latest values and the workbook, the trend of any point, data quality. */
const monitoring: RouteRecordRaw = {
  path: '/monitoring',
  name: 'Monitoring',
  redirect: '/monitoring/overview',
  meta: { title: 'menu.monitoring', icon: 'DataLine', rank: 14 },
  children: [
    {
      path: '/monitoring/overview',
      name: 'MonitoringOverview',
      component: () => import('@/modules/monitoring/pages/overview/index.vue'),
      meta: { title: 'menu.monitoringOverview', rank: 1, auths: READ }
    },
    {
      path: '/monitoring/site-plan',
      name: 'MonitoringSitePlan',
      component: () => import('@/modules/monitoring/pages/site-plan/index.vue'),
      meta: { title: 'menu.monitoringSitePlan', rank: 2, auths: READ }
    },
    {
      path: '/monitoring/points',
      name: 'MonitoringPoints',
      component: () => import('@/modules/monitoring/pages/points/index.vue'),
      meta: { title: 'menu.monitoringPoints', rank: 3, auths: READ }
    },
    {
      path: '/monitoring/quality',
      name: 'MonitoringQuality',
      component: () => import('@/modules/monitoring/pages/quality/index.vue'),
      meta: { title: 'menu.monitoringQuality', rank: 5, auths: READ }
    },
    {
      path: '/monitoring/trend',
      name: 'MonitoringTrend',
      component: () => import('@/modules/monitoring/pages/trend/index.vue'),
      meta: { title: 'menu.monitoringTrend', rank: 4, auths: READ }
    }
  ]
}

export default monitoring
