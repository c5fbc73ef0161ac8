import { shallowRef } from 'vue'
import { reportFailure } from '@/shared/utils/actions'
import { listRiskMethods } from '../api/assessments'
import type { RiskMethodTables } from '../api/types/assessment'

/** The methods' factor tables and default bands, loaded once per page. */
export function useRiskMethods() {
  const tables = shallowRef<RiskMethodTables[]>([])

  async function load(): Promise<void> {
    try {
      tables.value = await listRiskMethods()
    } catch (error: unknown) {
      reportFailure(error)
    }
  }

  return { tables, load }
}
