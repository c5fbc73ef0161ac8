import { computed, onBeforeUnmount, onMounted, ref } from 'vue'
import { useUserStore } from '@/shared/stores/user'
import { uploadPhoto } from '../api/photos'
import { recordInspection } from '../api/rounds'
import { flushOutbox, type FlushResult, type OutboxSender, type PendingRecord } from '../utils/outbox'
import { indexedDbOutboxStore } from '../utils/outboxStore'

/** How often a page with records waiting tries again while the phone says it is online. */
export const RETRY_INTERVAL_MS = 30_000

const store = indexedDbOutboxStore()
const sender: OutboxSender = {
  uploadPhoto: async (photo) => (await uploadPhoto(photo.blob, photo.name, { clientId: photo.clientId, takenAt: photo.takenAt, silent: true })).id,
  record: (request) => recordInspection(request)
}

/* One outbox per page load, shared by every component that shows it. */
const pending = ref<PendingRecord[]>([])
const sending = ref(false)
const online = ref(typeof navigator === 'undefined' ? true : navigator.onLine)
/** How many records this page load has sent: pages showing the occurrences reload when it grows. */
const sentCount = ref(0)
let flushing: Promise<FlushResult> | null = null

/**
 * The checks kept on this phone until the server has them: saved first, then sent (now, when the network returns,
 * and every 30 s while some wait). Each is sent exactly once: a resend finds the first record or photo by its
 * clientId. The page lists what is waiting and what the server refused.
 */
export function useRoundOutbox() {
  const user = useUserStore()
  const owner = (): string => user.current?.id ?? ''

  async function reload(): Promise<void> {
    pending.value = (await store.all())
      .filter((record) => record.owner === owner())
      .sort((a, b) => a.request.checkTime.localeCompare(b.request.checkTime))
  }

  /** Sends what waits; concurrent calls share one pass. */
  async function flush(): Promise<FlushResult> {
    flushing ??= (async () => {
      sending.value = true
      try {
        const result = await flushOutbox(store, sender, owner())
        sentCount.value += result.sent
        return result
      } finally {
        sending.value = false
        flushing = null
        await reload()
      }
    })()
    return flushing
  }

  /** Keeps the check on the phone, then tries to send it. */
  async function save(record: Omit<PendingRecord, 'owner'>): Promise<FlushResult> {
    await store.put({ ...record, owner: owner() })
    await reload()
    return flush()
  }

  /** Drops a record the server refused (or one the user gives up). */
  async function discard(clientId: string): Promise<void> {
    await store.remove(clientId)
    await reload()
  }

  const onOnline = (): void => {
    online.value = true
    void flush()
  }
  const onOffline = (): void => {
    online.value = false
  }
  let timer: ReturnType<typeof setInterval> | undefined
  onMounted(() => {
    window.addEventListener('online', onOnline)
    window.addEventListener('offline', onOffline)
    timer = setInterval(() => {
      if (online.value && pending.value.some((record) => record.rejection === undefined)) void flush()
    }, RETRY_INTERVAL_MS)
    void reload().then(() => (pending.value.length > 0 && online.value ? flush() : undefined))
  })
  onBeforeUnmount(() => {
    window.removeEventListener('online', onOnline)
    window.removeEventListener('offline', onOffline)
    clearInterval(timer)
  })

  const waiting = computed(() => pending.value.filter((record) => record.rejection === undefined))
  const rejected = computed(() => pending.value.filter((record) => record.rejection !== undefined))
  return { pending, waiting, rejected, sending, online, sentCount, save, flush, discard, reload }
}
