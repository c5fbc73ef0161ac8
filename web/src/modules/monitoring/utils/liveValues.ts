import { onBeforeUnmount, ref, shallowRef } from 'vue'
import { liveStreamUrl, parseLiveValues } from '../api/overview'
import type { LiveValue } from '../api/types/overview'

/**
 * An enterprise's live values over server-sent events: `values` holds each point's latest pushed value, `connected`
 * whether the stream is open (the browser reconnects by itself after a drop). `watch` switches enterprises.
 */
export function useLiveValues() {
  const values = shallowRef<Map<string, LiveValue>>(new Map())
  const connected = ref(false)
  let stream: EventSource | null = null

  function close(): void {
    stream?.close()
    stream = null
    connected.value = false
  }

  function watch(enterpriseId?: string): void {
    close()
    values.value = new Map()
    if (typeof EventSource === 'undefined') return
    stream = new EventSource(liveStreamUrl(enterpriseId), { withCredentials: true })
    stream.onopen = () => (connected.value = true)
    stream.onerror = () => (connected.value = false)
    stream.addEventListener('values', (event) => {
      const next = new Map(values.value)
      for (const value of parseLiveValues((event as MessageEvent<string>).data)) next.set(value.pointId, value)
      values.value = next
      connected.value = true
    })
  }

  onBeforeUnmount(close)
  return { values, connected, watch, close }
}
