import type { AccountableRole } from '@/modules/majorhazard/api/types/majorHazard'

export interface AccountablePersonForm {
  userId: string
  /** Shown in the picker before the user list is searched. */
  displayName: string
  post: string
  phone: string
}

/** The accountability dialog: one entry per role. */
export type AccountableFormModel = Record<AccountableRole, AccountablePersonForm>

/** A user offered in the picker. */
export interface UserOption {
  id: string
  displayName: string
  username: string
  phone: string | null
}
