import type { Schemas } from '@/shared/api/schemas'

export type Region = Schemas['RegionNode']
export type RegionLevel = Region['level']
