import { computed } from 'vue'
import { useUserStore } from '@/shared/stores/user'
import { isCalibrationProblem } from './transform'
import { usePlanEditing } from './usePlanEditing'
import { usePlanMode } from './usePlanMode'
import { useSites } from './useSites'

/** The site plan page: sites and areas (`useSites`), the plan's mode and editing (`usePlanEditing`). */
export function useSitePlan() {
  const user = useUserStore()
  /** Enterprise principals, safety managers and the platform administrator; supervisors only read. */
  const canEdit = computed(() => user.hasPerm('site:write'))
  const planMode = usePlanMode()
  const sites = useSites(planMode)
  const editing = usePlanEditing(planMode, sites)
  return { canEdit, ...planMode, ...sites, ...editing, isCalibrationProblem }
}
