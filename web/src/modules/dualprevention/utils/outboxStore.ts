import { memoryOutboxStore, type OutboxStore, type PendingRecord } from './outbox'

const DATABASE = 'chemsafe-rounds'
const STORE = 'pending-records'

function opened(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE, 1)
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'clientId' })
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error ?? new Error('indexedDB.open'))
  })
}

function run<T>(database: IDBDatabase, mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    const transaction = database.transaction(STORE, mode)
    const request = work(transaction.objectStore(STORE))
    transaction.oncomplete = () => resolve(request.result)
    transaction.onerror = () => reject(transaction.error ?? new Error('indexedDB transaction'))
    transaction.onabort = () => reject(transaction.error ?? new Error('indexedDB transaction aborted'))
  })
}

/**
 * The phone's outbox in IndexedDB, which keeps photos as Blobs and survives reloads and a closed browser; one
 * database per browser profile, records keyed by their clientId. Without IndexedDB (a private mode that refuses
 * it), the outbox lives in memory for the page's life.
 */
export function indexedDbOutboxStore(): OutboxStore {
  if (typeof indexedDB === 'undefined') return memoryOutboxStore()
  let database: Promise<IDBDatabase> | null = null
  const db = (): Promise<IDBDatabase> => (database ??= opened())
  return {
    all: async () => run<PendingRecord[]>(await db(), 'readonly', (store) => store.getAll() as IDBRequest<PendingRecord[]>),
    put: async (record) => {
      await run(await db(), 'readwrite', (store) => store.put(record))
    },
    remove: async (clientId) => {
      await run(await db(), 'readwrite', (store) => store.delete(clientId))
    }
  }
}
