import type { RouteRecordRaw } from 'vue-router'

const profile: RouteRecordRaw = {
  path: '/profile',
  name: 'Profile',
  component: () => import('@/views/profile/index.vue'),
  meta: { title: 'menu.profile', icon: 'Lock', rank: 100, auths: [] }
}

export default profile
