/**
 * National code lists the forms offer (domain file §3; the same lists the server checks, from
 * resources/dualprevention/*.csv). The names are locale texts under dualPrevention.code.*.
 */

/** dangerSrc (source of a hidden danger) 1–10. */
export const DANGER_SOURCES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const
/** hazardDangerType (professional type) 1–8. */
export const HAZARD_DANGER_TYPES = [1, 2, 3, 4, 5, 6, 7, 8] as const
/** dataSrc (control mode): 1 automatic monitoring, 2 inspection. */
export const DATA_SOURCES = [1, 2] as const
/** workType: 0 routine, 1–3 the roles responsible for a major hazard source. */
export const WORK_TYPES = [0, 1, 2, 3] as const

/** classify1 (measure class) and the classify2 codes under each. */
export const MEASURE_CLASSES: Readonly<Record<string, readonly string[]>> = {
  '1': ['1-1', '1-2', '1-3', '1-4', '1-5'],
  '2': ['2-1', '2-2', '2-3'],
  '3': ['3-1', '3-2', '3-3', '3-4'],
  '4': ['4-1', '4-2', '4-3', '4-4', '4-5']
}

/** Checklist item numbers of the responsible roles by work type (principal 1–9, technical 1–9, operations 1–10); none for routine tasks. */
export function taskNumbersFor(workType: number): number[] {
  const last = workType === 3 ? 10 : workType === 1 || workType === 2 ? 9 : 0
  return Array.from({ length: last }, (_, index) => index + 1)
}
