export type RegionLevel = 'PROVINCE' | 'CITY' | 'DISTRICT' | 'TOWN'

export interface Region {
  code: string
  name: string
  level: RegionLevel
  children: Region[]
}
