import type { RouteRecordRaw } from 'vue-router'

/** Notification: the signed-in user's notices, the duty shifts, every delivery's record, and the messenger robots. */
const notification: RouteRecordRaw = {
  path: '/notification',
  name: 'Notification',
  redirect: '/notifications/mine',
  meta: { title: 'menu.notification', icon: 'Message', rank: 16 },
  children: [
    {
      path: '/notifications/mine',
      name: 'MyNotices',
      component: () => import('@/modules/notification/pages/mine/index.vue'),
      meta: { title: 'menu.myNotices', rank: 1, auths: ['alarm:read'] }
    },
    {
      path: '/notifications/deliveries',
      name: 'NotificationDeliveries',
      component: () => import('@/modules/notification/pages/deliveries/index.vue'),
      meta: { title: 'menu.notificationDeliveries', rank: 2, auths: ['notification:read'] }
    },
    {
      path: '/notifications/duty',
      name: 'DutyShifts',
      component: () => import('@/modules/notification/pages/duty/index.vue'),
      meta: { title: 'menu.dutyShifts', rank: 2, auths: ['alarm:read'] }
    },
    {
      path: '/notifications/webhooks',
      name: 'NotificationWebhooks',
      component: () => import('@/modules/notification/pages/webhooks/index.vue'),
      meta: { title: 'menu.notificationWebhooks', rank: 3, auths: ['notification:configure'] }
    }
  ]
}

export default notification
