import { get } from '@/shared/http'
import type { Role } from './types/role'

/** GET /api/v1/roles */
export function listRoles(): Promise<Role[]> {
  return get<Role[]>('/api/v1/roles')
}
