import type { EnterpriseKind } from '@/modules/enterprise/api/types/enterprise'
import type { EnterpriseStatus, StandardizationLevel } from '@/modules/enterprise/api/types/enterpriseProfile'

/** The profile form; numbers are edited as text so that an empty field means "not given". */
export interface ProfileFormModel {
  name: string
  unifiedSocialCreditCode: string
  hazchemRegistrationCode: string
  kinds: EnterpriseKind[]
  regionCode: string
  address: string
  longitude: string
  latitude: string
  principalName: string
  principalPhone: string
  safetyDirectorName: string
  safetyDirectorPhone: string
  standardizationLevel: StandardizationLevel
  status: EnterpriseStatus
}

export type ProfileFormField = keyof ProfileFormModel

export const PROFILE_FORM_FIELDS: readonly ProfileFormField[] = [
  'name',
  'unifiedSocialCreditCode',
  'hazchemRegistrationCode',
  'kinds',
  'regionCode',
  'address',
  'longitude',
  'latitude',
  'principalName',
  'principalPhone',
  'safetyDirectorName',
  'safetyDirectorPhone',
  'standardizationLevel',
  'status'
]

/** Server field names (class-level checks of the request record) → form fields. */
export const PROFILE_SERVER_ALIASES: Partial<Record<string, ProfileFormField>> = {
  unifiedSocialCreditCodeValid: 'unifiedSocialCreditCode',
  locationComplete: 'latitude'
}
