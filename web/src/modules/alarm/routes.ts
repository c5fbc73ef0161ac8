import type { RouteRecordRaw } from 'vue-router'
import type { PermissionCode } from '@/shared/api/schemas'

const READ: PermissionCode[] = ['alarm:read']

/**
 * The alarm centre: the console of open alarms (acknowledge, shelve, dispose), the history with the Excel ledger,
 * the KPI report (EEMUA 191 / ISA-18.2) and the escalation ladders.
 */
const alarm: RouteRecordRaw = {
  path: '/alarm',
  name: 'Alarm',
  redirect: '/alarms/console',
  meta: { title: 'menu.alarm', icon: 'BellFilled', rank: 15 },
  children: [
    {
      path: '/alarms/console',
      name: 'AlarmConsole',
      component: () => import('@/modules/alarm/pages/console/index.vue'),
      meta: { title: 'menu.alarmConsole', rank: 1, auths: READ }
    },
    {
      path: '/alarms/history',
      name: 'AlarmHistory',
      component: () => import('@/modules/alarm/pages/history/index.vue'),
      meta: { title: 'menu.alarmHistory', rank: 2, auths: READ }
    },
    {
      path: '/alarms/kpis',
      name: 'AlarmKpis',
      component: () => import('@/modules/alarm/pages/kpi/index.vue'),
      meta: { title: 'menu.alarmKpis', rank: 3, auths: READ }
    },
    {
      path: '/alarms/ladders',
      name: 'AlarmLadders',
      component: () => import('@/modules/alarm/pages/ladders/index.vue'),
      meta: { title: 'menu.alarmLadders', rank: 4, auths: READ }
    }
  ]
}

export default alarm
