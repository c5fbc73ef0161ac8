import { del, get, put } from '@/shared/http'
import type { InboxItem, SigningFunction, SigningRole } from './types/signing'

const ROLES = '/api/v1/permit-signing-roles'
const one = (fn: SigningFunction): string => `${ROLES}/${encodeURIComponent(fn)}`

/** GET /api/v1/permits/inbox — permits whose next block the caller's roles sign, soonest start first */
export function listInbox(): Promise<InboxItem[]> {
  return get<InboxItem[]>('/api/v1/permits/inbox')
}

/** GET /api/v1/permit-signing-roles?enterpriseId= — every signing function with the roles bound to it */
export function listSigningRoles(enterpriseId?: string): Promise<SigningRole[]> {
  return get<SigningRole[], { enterpriseId?: string }>(ROLES, enterpriseId ? { enterpriseId } : {})
}

/** PUT /api/v1/permit-signing-roles/{function} — the enterprise's own roles for the function */
export function bindSigningRole(fn: SigningFunction, roles: string[], enterpriseId?: string): Promise<SigningRole> {
  return put<SigningRole, { roles: string[]; enterpriseId?: string }>(one(fn), enterpriseId ? { roles, enterpriseId } : { roles })
}

/** DELETE /api/v1/permit-signing-roles/{function}?enterpriseId= — back to the default roles */
export function unbindSigningRole(fn: SigningFunction, enterpriseId?: string): Promise<SigningRole> {
  return del<SigningRole>(one(fn), { params: enterpriseId ? { enterpriseId } : {} })
}
