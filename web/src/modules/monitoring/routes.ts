import type { RouteRecordRaw } from 'vue-router'
import type { PermissionCode } from '@/shared/api/schemas'

const READ: PermissionCode[] = ['monitoring:read']

/** Risk monitoring: the live overview, the points with their latest values and the workbook, the trend of any point, data quality. */
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
      meta: { title: 'menu.monitoringOverview', rank: 0, auths: READ }
    },
    {
      path: '/monitoring/points',
      name: 'MonitoringPoints',
      component: () => import('@/modules/monitoring/pages/points/index.vue'),
      meta: { title: 'menu.monitoringPoints', rank: 1, auths: READ }
    },
    {
      path: '/monitoring/quality',
      name: 'MonitoringQuality',
      component: () => import('@/modules/monitoring/pages/quality/index.vue'),
      meta: { title: 'menu.monitoringQuality', rank: 3, auths: READ }
    },
    {
      path: '/monitoring/trend',
      name: 'MonitoringTrend',
      component: () => import('@/modules/monitoring/pages/trend/index.vue'),
      meta: { title: 'menu.monitoringTrend', rank: 2, auths: READ }
    }
  ]
}

export default monitoring
