import type { ScopeKind } from '@/shared/api/types/auth'

export type RoleCode =
  | 'PLATFORM_ADMIN'
  | 'REGION_SUPERVISOR'
  | 'ENTERPRISE_PRINCIPAL'
  | 'SAFETY_MANAGER'
  | 'SHIFT_LEADER'
  | 'OPERATOR'
  | 'CONTRACTOR'

export const ROLE_CODES: readonly RoleCode[] = [
  'PLATFORM_ADMIN',
  'REGION_SUPERVISOR',
  'ENTERPRISE_PRINCIPAL',
  'SAFETY_MANAGER',
  'SHIFT_LEADER',
  'OPERATOR',
  'CONTRACTOR'
]

export type PermissionCode =
  | 'user:read'
  | 'user:write'
  | 'audit:read'
  | 'audit:export'
  | 'api-token:manage'
  | 'enterprise:read'
  | 'region:read'
  | 'enterprise:write'
  | 'chemical:read'
  | 'chemical:write'
  | 'unit:read'
  | 'unit:write'
  | 'major-hazard:read'
  | 'major-hazard:write'

export const PERMISSION_CODES: readonly PermissionCode[] = [
  'user:read',
  'user:write',
  'audit:read',
  'audit:export',
  'api-token:manage',
  'enterprise:read',
  'region:read',
  'enterprise:write',
  'chemical:read',
  'chemical:write',
  'unit:read',
  'unit:write',
  'major-hazard:read',
  'major-hazard:write'
]

export interface Role {
  /** One of {@link RoleCode}; kept as string so that new server roles still display. */
  code: string
  name: string
  scopeKind: ScopeKind
  permissions: string[]
}
