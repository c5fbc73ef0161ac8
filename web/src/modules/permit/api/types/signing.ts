import type { Schemas } from '@/shared/api/schemas'

/** A permit waiting for the caller's signature, with the block and the function that signs it. */
export type InboxItem = Schemas['InboxItem']
/** The roles bound to a signing function (GB 30871-2022 Table B.1 note 1). */
export type SigningRole = Schemas['SigningRoleView']
export type SigningFunction = SigningRole['function']
