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

  /** A card's value now: the stream's newest, else the one it was loaded with. */
  function of(card: { pointId: string; live: LiveValue }): LiveValue {
    return values.value.get(card.pointId) ?? card.live
  }

  onBeforeUnmount(close)
  return { values, connected, watch, close, of }
}
