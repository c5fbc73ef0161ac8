import type { RouteRecordRaw } from 'vue-router'

const home: RouteRecordRaw = {
  path: '/',
  name: 'Home',
  component: () => import('@/shared/pages/home/index.vue'),
  meta: { title: 'menu.home', icon: 'HomeFilled', rank: 0, auths: [] }
}

export default home
