import type { App } from 'vue'
import { perms } from './perms'

export function installDirectives(app: App): void {
  app.directive('perms', perms)
}

declare module 'vue' {
  interface GlobalDirectives {
    vPerms: typeof perms
  }
}
