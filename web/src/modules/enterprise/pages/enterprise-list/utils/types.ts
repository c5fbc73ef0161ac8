export interface EnterpriseFilter {
  /** Free-text search (name, credit code, address). */
  q: string
  /** Region code selected in the region tree; '' = whole scope. */
  regionCode: string
}
