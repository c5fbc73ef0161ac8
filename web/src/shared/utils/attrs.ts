/**
 * Native attributes passed through a component to its root element (`v-bind="passThrough({ title })"`).
 * Strict template checking accepts only a component's declared props; these go to the element underneath.
 */
export function passThrough(attrs: Record<string, string>): Record<string, string> {
  return attrs
}

/**
 * `v-bind="onNativeSubmit(save)"` on an `el-form`: submitting the form (Enter in a field) runs the handler
 * instead of reloading the page.
 */
export function onNativeSubmit(handler: () => unknown): { onSubmit: (event: Event) => void } {
  return {
    onSubmit: (event: Event) => {
      event.preventDefault()
      void handler()
    }
  }
}
