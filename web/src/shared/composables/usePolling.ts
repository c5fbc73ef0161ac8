import { onBeforeUnmount, onMounted } from 'vue'

/** Runs `refresh` every `intervalMs` while the page is visible (a hidden tab asks nothing), from mount to unmount. */
export function usePolling(refresh: () => unknown, intervalMs: number): void {
  let timer: ReturnType<typeof setInterval> | undefined
  onMounted(() => {
    timer = setInterval(() => {
      if (document.visibilityState === 'visible') void refresh()
    }, intervalMs)
  })
  onBeforeUnmount(() => clearInterval(timer))
}
