import { ref } from 'vue'
import type { Pair } from './transform'
import type { PlanMode } from './types'

/** What a click on the plan does now (view, calibrate, draw) and the outline being drawn. */
export function usePlanMode() {
  const mode = ref<PlanMode>('view')
  /** Vertices of the outline being drawn, in plan pixels. */
  const vertices = ref<Pair[]>([])
  /** The area whose outline is being redrawn; null while drawing a new one. */
  const redrawAreaId = ref<string | null>(null)

  function cancelMode(): void {
    mode.value = 'view'
    vertices.value = []
    redrawAreaId.value = null
  }

  return { mode, vertices, redrawAreaId, cancelMode }
}

export type PlanModeState = ReturnType<typeof usePlanMode>
