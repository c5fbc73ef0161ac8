import type { App } from 'vue'
import type { vLoading } from 'element-plus'
import { perms } from './perms'

export function installDirectives(app: App): void {
  app.directive('perms', perms)
}

declare module 'vue' {
  interface GlobalDirectives {
    vPerms: typeof perms
    /** Registered by installElementPlus (app.use(ElLoading)). */
    vLoading: typeof vLoading
  }
}
