import { allOf, type Schemas } from '@/shared/api/schemas'

/** The whole enterprise profile (GET /api/v1/enterprises/{id}). Location is WGS84. */
export type EnterpriseProfile = Schemas['EnterpriseProfile']
/** Body of POST /api/v1/enterprises and PUT /api/v1/enterprises/{id}. */
export type EnterpriseProfileRequest = Schemas['EnterpriseProfileRequest']

/** Operating / suspended / closed */
export type EnterpriseStatus = EnterpriseProfile['status']

export const ENTERPRISE_STATUSES = allOf<EnterpriseStatus>()(['OPERATING', 'SUSPENDED', 'CLOSED'])

/** Safety standardization grade: level 1, level 2, level 3, or not graded. */
export type StandardizationLevel = EnterpriseProfile['standardizationLevel']

export const STANDARDIZATION_LEVELS = allOf<StandardizationLevel>()(['LEVEL_1', 'LEVEL_2', 'LEVEL_3', 'NONE'])
