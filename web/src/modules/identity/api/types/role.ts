import { allOf, type PermissionCode, type Schemas } from '@/shared/api/schemas'

export type RoleCode = 'PLATFORM_ADMIN' | 'REGION_SUPERVISOR' | 'ENTERPRISE_PRINCIPAL' | 'SAFETY_MANAGER' | 'SHIFT_LEADER' | 'OPERATOR' | 'CONTRACTOR'

export const ROLE_CODES: readonly RoleCode[] = [
  'PLATFORM_ADMIN',
  'REGION_SUPERVISOR',
  'ENTERPRISE_PRINCIPAL',
  'SAFETY_MANAGER',
  'SHIFT_LEADER',
  'OPERATOR',
  'CONTRACTOR'
]

export type { PermissionCode } from '@/shared/api/schemas'

/** Every permission code of the API document (a code added there must be added here, or the build fails). */
export const PERMISSION_CODES = allOf<PermissionCode>()([
  'user:read',
  'user:write',
  'elements:read',
  'elements:write',
  'audit:read',
  'audit:export',
  'api-token:manage',
  'enterprise:read',
  'region:read',
  'enterprise:write',
  'enterprise:register',
  'management:read',
  'site:write',
  'chemical:read',
  'chemical:write',
  'unit:read',
  'unit:write',
  'major-hazard:read',
  'major-hazard:write',
  'permit:read',
  'permit:write',
  'permit:sign',
  'permit:configure',
  'dual-prevention:read',
  'dual-prevention:write',
  'hidden-danger:report',
  'hidden-danger:manage',
  'inspection:record',
  'monitoring:read',
  'monitoring:write',
  'alarm:read',
  'alarm:handle',
  'alarm:shelve',
  'alarm:configure',
  'notification:read',
  'notification:configure'
])

export type Role = Schemas['RoleView']
