import { shallowRef } from 'vue'
import { listHazardousProcesses } from '@/modules/enterprise/api/units'
import type { HazardousProcess } from '@/modules/enterprise/api/types/unit'

/** The reference list of hazardous processes, loaded once per page load. */
let processesCache: Promise<HazardousProcess[]> | null = null

export function useHazardousProcesses() {
  const processes = shallowRef<HazardousProcess[]>([])
  async function load(): Promise<void> {
    processesCache ??= listHazardousProcesses().catch((error: unknown) => {
      processesCache = null
      throw error
    })
    try {
      processes.value = await processesCache
    } catch {
      processes.value = []
    }
  }
  const nameOf = (code: string): string => processes.value.find((process) => process.code === code)?.name ?? code
  return { processes, load, nameOf }
}
