import type { EnterpriseKind } from './enterprise'

/** Operating / suspended / closed */
export type EnterpriseStatus = 'OPERATING' | 'SUSPENDED' | 'CLOSED'

export const ENTERPRISE_STATUSES: readonly EnterpriseStatus[] = ['OPERATING', 'SUSPENDED', 'CLOSED']

/** Safety standardization grade: level 1, level 2, level 3, or not graded. */
export type StandardizationLevel = 'LEVEL_1' | 'LEVEL_2' | 'LEVEL_3' | 'NONE'

export const STANDARDIZATION_LEVELS: readonly StandardizationLevel[] = ['LEVEL_1', 'LEVEL_2', 'LEVEL_3', 'NONE']

/** The whole enterprise profile (GET /api/v1/enterprises/{id}). Location is WGS84. */
export interface EnterpriseProfile {
  id: string
  name: string
  unifiedSocialCreditCode: string | null
  /** Hazardous chemical registration code: 9 digits. */
  hazchemRegistrationCode: string | null
  kinds: EnterpriseKind[]
  regionCode: string
  regionName: string
  address: string | null
  longitude: number | null
  latitude: number | null
  principalName: string | null
  principalPhone: string | null
  safetyDirectorName: string | null
  safetyDirectorPhone: string | null
  standardizationLevel: StandardizationLevel
  status: EnterpriseStatus
  updatedAt: string
}

/** Body of POST /api/v1/enterprises and PUT /api/v1/enterprises/{id}. */
export interface EnterpriseProfileRequest {
  name: string
  unifiedSocialCreditCode: string | null
  hazchemRegistrationCode: string | null
  kinds: EnterpriseKind[]
  regionCode: string
  address: string | null
  longitude: number | null
  latitude: number | null
  principalName: string | null
  principalPhone: string | null
  safetyDirectorName: string | null
  safetyDirectorPhone: string | null
  standardizationLevel: StandardizationLevel | null
  status: EnterpriseStatus | null
}
