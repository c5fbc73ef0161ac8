import { onBeforeUnmount, ref, type Ref } from 'vue'

/** Width (px) below which the layout switches to the phone layout (drawer menu). */
export const MOBILE_BREAKPOINT = 768

/** Reactive "is this a phone-sized viewport" flag, based on matchMedia. */
export function useIsMobile(breakpoint = MOBILE_BREAKPOINT): Ref<boolean> {
  const query = `(max-width: ${breakpoint - 1}px)`
  const media = typeof window !== 'undefined' && typeof window.matchMedia === 'function' ? window.matchMedia(query) : null
  const isMobile = ref(media ? media.matches : false)
  if (media) {
    const listener = (event: MediaQueryListEvent): void => {
      isMobile.value = event.matches
    }
    media.addEventListener('change', listener)
    onBeforeUnmount(() => media.removeEventListener('change', listener))
  }
  return isMobile
}
