import type { RouteRecordRaw } from 'vue-router'
import type { PermissionCode } from '@/shared/api/schemas'

const READ: PermissionCode[] = ['dual-prevention:read']
const REPORT: PermissionCode[] = ['hidden-danger:report']
const RECORD: PermissionCode[] = ['inspection:record']

/** Dual prevention: the risk register, its four-colour map and the calculator, the rounds of the day, and hidden dangers from report to closing. */
const dualPrevention: RouteRecordRaw = {
  path: '/dual-prevention',
  name: 'DualPrevention',
  redirect: '/hidden-dangers/board',
  meta: { title: 'menu.dualPrevention', icon: 'Warning', rank: 35 },
  children: [
    {
      path: '/risk-register',
      name: 'RiskRegister',
      component: () => import('@/modules/dualprevention/pages/register/index.vue'),
      meta: { title: 'menu.riskRegister', rank: 1, auths: READ }
    },
    {
      path: '/risk-map',
      name: 'RiskFourColourMap',
      component: () => import('@/modules/dualprevention/pages/risk-map/index.vue'),
      meta: { title: 'menu.riskMap', rank: 2, auths: READ }
    },
    {
      path: '/risk-calculator',
      name: 'RiskCalculator',
      component: () => import('@/modules/dualprevention/pages/calculator/index.vue'),
      meta: { title: 'menu.riskCalculator', rank: 3, auths: READ }
    },
    {
      path: '/dual-prevention/effectiveness',
      name: 'EffectivenessDashboard',
      component: () => import('@/modules/dualprevention/pages/effectiveness/index.vue'),
      meta: { title: 'menu.effectiveness', rank: 11, auths: READ }
    },
    {
      path: '/inspection-rounds',
      name: 'InspectionRounds',
      component: () => import('@/modules/dualprevention/pages/rounds/index.vue'),
      meta: { title: 'menu.inspectionRounds', rank: 4, auths: RECORD }
    },
    {
      path: '/inspection-calendar',
      name: 'InspectionCalendar',
      component: () => import('@/modules/dualprevention/pages/calendar/index.vue'),
      meta: { title: 'menu.inspectionCalendar', rank: 5, auths: READ }
    },
    {
      path: '/inspection-records',
      name: 'InspectionRecordList',
      component: () => import('@/modules/dualprevention/pages/records/index.vue'),
      meta: { title: 'menu.inspectionRecords', rank: 6, auths: READ }
    },
    {
      path: '/hidden-dangers/board',
      name: 'HiddenDangerBoard',
      component: () => import('@/modules/dualprevention/pages/hidden-board/index.vue'),
      meta: { title: 'menu.hiddenDangerBoard', rank: 7, auths: READ }
    },
    {
      path: '/hidden-dangers',
      name: 'HiddenDangerList',
      component: () => import('@/modules/dualprevention/pages/hidden-list/index.vue'),
      meta: { title: 'menu.hiddenDangers', rank: 8, auths: READ }
    },
    {
      path: '/hidden-dangers/report',
      name: 'HiddenDangerReport',
      component: () => import('@/modules/dualprevention/pages/hidden-report/index.vue'),
      meta: { title: 'menu.hiddenDangerReport', rank: 9, auths: REPORT }
    },
    {
      path: '/hidden-dangers/:id',
      name: 'HiddenDangerDetail',
      component: () => import('@/modules/dualprevention/pages/hidden-detail/index.vue'),
      meta: { title: 'menu.hiddenDangerDetail', rank: 10, auths: READ, hideInMenu: true }
    }
  ]
}

export default dualPrevention
