import type { App } from 'vue'
import type { vLoading } from 'element-plus'
import { perms } from './perms'

export function installDirectives(app: App): void {
  app.directive('perms', perms)
}

declare module 'vue' {
  interface GlobalDirectives {
    vPerms: typeof perms
    /** Element Plus's loading directive, imported where a template uses it (vite.config.ts, ElementPlusResolver). */
    vLoading: typeof vLoading
  }
}
