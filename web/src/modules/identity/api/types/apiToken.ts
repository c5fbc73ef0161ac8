import type { PageQuery } from '@/shared/api/types/common'
import { allOf, type Schemas } from '@/shared/api/schemas'

export type ApiToken = Schemas['ApiTokenView']
export type CreateApiTokenRequest = Schemas['CreateApiTokenRequest']
/** The full secret (`token`) is returned only once, with the token's view. */
export type CreatedApiToken = Schemas['CreatedApiToken']
export type ApiTokenPurpose = ApiToken['purpose']

export const API_TOKEN_PURPOSES = allOf<ApiTokenPurpose>()(['TELEMETRY', 'POSITIONING', 'VIDEO', 'EXCHANGE', 'READ_ONLY'])

export type ApiTokenQuery = PageQuery
