import type { RouteRecordRaw } from 'vue-router'

/** All-element safety management: for now the people's certificates and training records. */
const elements: RouteRecordRaw = {
  path: '/elements',
  name: 'Elements',
  redirect: '/elements/qualifications',
  meta: { title: 'menu.elements', icon: 'User', rank: 45 },
  children: [
    {
      path: '/elements/qualifications',
      name: 'Qualifications',
      component: () => import('@/modules/elements/pages/qualifications/index.vue'),
      meta: { title: 'menu.qualifications', rank: 1, auths: ['elements:read'] }
    }
  ]
}

export default elements
