import type { Directive, DirectiveBinding } from 'vue'
import type { PermissionCode } from '@/shared/api/schemas'
import { useUserStore } from '@/shared/stores/user'

export type PermsValue = PermissionCode | readonly PermissionCode[] | undefined

function apply(el: HTMLElement, binding: DirectiveBinding<PermsValue>): void {
  const allowed = useUserStore().hasPerm(binding.value)
  if (allowed) {
    if (el.dataset.permsHidden === '1') {
      el.style.display = el.dataset.permsDisplay ?? ''
      delete el.dataset.permsHidden
      delete el.dataset.permsDisplay
    }
    el.removeAttribute('aria-hidden')
  } else {
    if (el.dataset.permsHidden !== '1') {
      el.dataset.permsDisplay = el.style.display
      el.dataset.permsHidden = '1'
    }
    el.style.display = 'none'
    el.setAttribute('aria-hidden', 'true')
  }
}

/**
 * `v-perms="'user:write'"` or `v-perms="['audit:read', 'audit:export']"` (any of):
 * hides the element unless the signed-in user holds the permission.
 */
export const perms: Directive<HTMLElement, PermsValue> = {
  mounted: apply,
  updated: apply
}
