import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { areaLocale } from './support/locales'
import { AxiosError, AxiosHeaders, type AxiosResponse, type InternalAxiosRequestConfig } from 'axios'
import { CSRF_COOKIE, ProblemError, configureHttp, http } from '@/shared/http'
import { applyLocale, messagesFor } from '@/shared/plugins/i18n'
import type { LocaleMessageDictionary } from '@/shared/plugins/i18n-types'
import { useServerErrors } from '@/shared/composables/useServerErrors'
import { getEnterpriseProfile, registerEnterprise, saveEnterpriseProfile } from '@/modules/enterprise/api/enterpriseProfile'
import { createChemical, deleteChemical, listChemicals, listHazardCategories, updateChemical } from '@/modules/enterprise/api/chemicals'
import {
  changeUnitStatus,
  createInventoryItem,
  createTank,
  createUnit,
  deleteInventoryItem,
  deleteTank,
  deleteUnit,
  getUnitStatusHistory,
  listInventory,
  listTanks,
  listUnits,
  updateInventoryItem,
  updateTank,
  updateUnit
} from '@/modules/enterprise/api/units'
import type { Chemical } from '@/modules/enterprise/api/types/chemical'
import type { EnterpriseProfile } from '@/modules/enterprise/api/types/enterpriseProfile'
import type { HazardUnit, InventoryItem, Tank } from '@/modules/enterprise/api/types/unit'
import { decimalOrNull, decimalPlaces, numberText, parseDecimal } from '@/modules/enterprise/utils/number'
import { CREDIT_CODE_PATTERN, HAZCHEM_CODE_PATTERN, isDecimalInRange } from '@/modules/enterprise/pages/profile/utils/rule'
import { formatLocation, formToRequest, profileToForm } from '@/modules/enterprise/pages/profile/utils/hook'
import { PROFILE_FORM_FIELDS, PROFILE_SERVER_ALIASES } from '@/modules/enterprise/pages/profile/utils/types'
import { CODE_PATTERN, decimalProblem } from '@/modules/enterprise/pages/units/utils/rule'
import {
  emptyInventoryForm,
  hasTanks,
  inventoryToForm,
  isIdentified,
  tankTonnes,
  tankToForm,
  tanksOutsideInventory,
  toInventoryRequest,
  toTankRequest,
  toUnitRequest,
  unitToForm
} from '@/modules/enterprise/pages/units/utils/forms'
import { parseExposedPeople } from '@/modules/enterprise/pages/units/utils/assessment'
import { casCheckDigit, isValidCas } from '@/modules/enterprise/pages/chemicals/utils/rule'
import { chemicalServerAliases, chemicalToForm, emptyChemicalForm, toChemicalRequest } from '@/modules/enterprise/pages/chemicals/utils/hook'
import { mergeChemicalOptions } from '@/modules/enterprise/components/chemicalOptions'

/* ---------------- numbers and rules ---------------- */

describe('decimal fields', () => {
  it('parses what people type', () => {
    expect(parseDecimal('')).toBeNull()
    expect(parseDecimal(' 1.47 ')).toBe(1.47)
    expect(parseDecimal('-0.1')).toBe(-0.1)
    expect(parseDecimal('1e3')).toBeNaN()
    expect(parseDecimal('1,5')).toBeNaN()
    expect(decimalOrNull('abc')).toBeNull()
    expect(decimalPlaces('0.125')).toBe(3)
    expect(numberText(null)).toBe('')
    expect(numberText(0)).toBe('0')
  })

  it('explains what is wrong with a number', () => {
    expect(decimalProblem('', { required: true })?.key).toBe('registry.rule.required')
    expect(decimalProblem('', {})).toBeNull()
    expect(decimalProblem('x', {})?.key).toBe('registry.rule.number')
    expect(decimalProblem('0', { above: 0 })).toEqual({ key: 'registry.rule.above', named: { min: 0 } })
    expect(decimalProblem('1.2', { above: 0, max: 1 })).toEqual({ key: 'registry.rule.max', named: { max: 1 } })
    expect(decimalProblem('0.8125', { max: 1, decimals: 3 })).toEqual({ key: 'registry.rule.decimals', named: { max: 3 } })
    expect(decimalProblem('0.8', { above: 0, max: 1, decimals: 3 })).toBeNull()
  })

  it('checks coordinates within China and codes', () => {
    expect(isDecimalInRange('117.4521', 73, 136)).toBe(true)
    expect(isDecimalInRange('200', 73, 136)).toBe(false)
    expect(isDecimalInRange('', 73, 136)).toBe(true)
    expect(CREDIT_CODE_PATTERN.test('91370406MA3CDM0014')).toBe(true)
    expect(CREDIT_CODE_PATTERN.test('91370406MA3CDM001')).toBe(false)
    expect(CREDIT_CODE_PATTERN.test('91370406MA3CDM001I')).toBe(false)
    expect(HAZCHEM_CODE_PATTERN.test('370412345')).toBe(true)
    expect(HAZCHEM_CODE_PATTERN.test('12345')).toBe(false)
    expect(CODE_PATTERN.test('TF-01')).toBe(true)
    expect(CODE_PATTERN.test('TF 01')).toBe(false)
  })

  it('checks the CAS check digit', () => {
    expect(casCheckDigit('778250')).toBe(5)
    expect(isValidCas('7782-50-5')).toBe(true)
    expect(isValidCas('7664-41-7')).toBe(true)
    expect(isValidCas('7782-50-4')).toBe(false)
    expect(isValidCas('77825-05')).toBe(false)
  })

  it('accepts a whole head count within 500 m', () => {
    expect(parseExposedPeople('40')).toBe(40)
    expect(parseExposedPeople(' 0 ')).toBe(0)
    expect(parseExposedPeople('1.5')).toBeNull()
    expect(parseExposedPeople('-1')).toBeNull()
    expect(parseExposedPeople('')).toBeNull()
  })
})

/* ---------------- enterprise profile ---------------- */

const profile: EnterpriseProfile = {
  id: 'e1',
  name: '枣庄示范化工有限公司',
  unifiedSocialCreditCode: '91370406MA3CDM0014',
  hazchemRegistrationCode: null,
  kinds: ['PRODUCTION'],
  regionCode: '370406102',
  regionName: '西集镇',
  address: '山亭区西集镇化工园区纬一路8号',
  longitude: 117.4521,
  latitude: 35.0992,
  principalName: null,
  principalPhone: null,
  safetyDirectorName: '周安全',
  safetyDirectorPhone: '0632-8000000',
  standardizationLevel: 'LEVEL_2',
  status: 'OPERATING',
  updatedAt: '2026-11-30T01:00:00Z'
}

describe('enterprise profile form', () => {
  it('round-trips the profile, sending blanks as absent and the credit code in capitals', () => {
    const form = profileToForm(profile)
    expect(form.longitude).toBe('117.4521')
    expect(form.principalName).toBe('')
    form.unifiedSocialCreditCode = '91370406ma3cdm0014'
    form.address = '  '
    expect(formToRequest(form)).toEqual({
      name: '枣庄示范化工有限公司',
      unifiedSocialCreditCode: '91370406MA3CDM0014',
      hazchemRegistrationCode: null,
      kinds: ['PRODUCTION'],
      regionCode: '370406102',
      address: null,
      longitude: 117.4521,
      latitude: 35.0992,
      principalName: null,
      principalPhone: null,
      safetyDirectorName: '周安全',
      safetyDirectorPhone: '0632-8000000',
      standardizationLevel: 'LEVEL_2',
      status: 'OPERATING'
    })
    expect(formatLocation(117.4521, 35.0992)).toBe('117.452100, 35.099200')
    expect(formatLocation(null, null)).toBe('')
  })

  it('shows the GB 32100 check-character error of the server on the credit code field', () => {
    const server = useServerErrors(PROFILE_FORM_FIELDS, PROFILE_SERVER_ALIASES)
    const failure = new ProblemError(
      {
        status: 400,
        errors: [
          { field: 'unifiedSocialCreditCodeValid', code: 'AssertTrue', message: '统一社会信用代码校验位不正确（GB 32100-2015）' },
          { field: 'locationComplete', code: 'AssertTrue', message: '经度和纬度须同时填写' }
        ]
      },
      400
    )
    expect(server.apply(failure)).toBe(true)
    expect(server.errors.unifiedSocialCreditCode).toBe('统一社会信用代码校验位不正确（GB 32100-2015）')
    expect(server.errors.latitude).toBe('经度和纬度须同时填写')
  })
})

/* ---------------- units, tanks, inventory ---------------- */

const farm: HazardUnit = {
  id: 'u1',
  enterpriseId: 'e1',
  enterpriseName: '枣庄示范化工有限公司',
  kind: 'TANK_FARM',
  code: 'TF-09',
  name: '液氯罐区',
  areaId: null,
  hazardousProcesses: [],
  status: null,
  tankCount: 2,
  createdAt: '2026-11-30T01:00:00Z'
}

describe('unit forms', () => {
  it('sends processes and the status only for production units, the status only on create', () => {
    const production = {
      ...unitToForm(farm),
      kind: 'PRODUCTION_UNIT' as const,
      hazardousProcesses: ['CHLORINATION'],
      status: 'TRIAL_PRODUCTION' as const
    }
    expect(toUnitRequest(production, 'create', false)).toEqual({
      kind: 'PRODUCTION_UNIT',
      code: 'TF-09',
      name: '液氯罐区',
      hazardousProcesses: ['CHLORINATION'],
      status: 'TRIAL_PRODUCTION'
    })
    expect(toUnitRequest(production, 'edit', false)).not.toHaveProperty('status')
    const tankFarm = { ...unitToForm(farm), hazardousProcesses: ['CHLORINATION'], code: ' TF-09 ' }
    expect(toUnitRequest(tankFarm, 'create', true)).toEqual({
      kind: 'TANK_FARM',
      code: 'TF-09',
      name: '液氯罐区',
      hazardousProcesses: [],
      enterpriseId: 'e1'
    })
  })

  it('knows which kinds hold tanks and inventory', () => {
    expect(hasTanks('TANK_FARM')).toBe(true)
    expect(hasTanks('WAREHOUSE')).toBe(false)
    expect(isIdentified('LOADING_RACK')).toBe(false)
    expect(isIdentified('PRODUCTION_UNIT')).toBe(true)
  })

  it('derives a tank design maximum as V × fill ratio × density', () => {
    expect(tankTonnes(50, 0.8, 1.47)).toBe(58.8)
    expect(tankTonnes(30, 0.8, 1.47)).toBe(35.28)
    expect(tankTonnes(70, 0.85, 0.55)).toBe(32.725)
    expect(tankTonnes(50, 0.8, null)).toBeNull()
  })

  it('round-trips tanks', () => {
    const tank: Tank = {
      id: 't1',
      tankFarmId: 'u1',
      code: 'V-1',
      tankType: 'HORIZONTAL',
      volumeM3: 50,
      chemicalId: 'c1',
      chemicalName: '氯',
      designPressureMpa: null,
      designTemperatureC: -34.5,
      maxFillRatio: 0.8
    }
    expect(toTankRequest(tankToForm(tank))).toEqual({
      code: 'V-1',
      tankType: 'HORIZONTAL',
      volumeM3: 50,
      chemicalId: 'c1',
      designPressureMpa: null,
      designTemperatureC: -34.5,
      maxFillRatio: 0.8
    })
  })

  it('leaves the quantity to the tanks in a tank farm by default', () => {
    const form = { ...emptyInventoryForm('TANK_FARM'), chemicalId: 'c1', designMaxTonnes: '12' }
    expect(form.deriveFromTanks).toBe(true)
    expect(toInventoryRequest(form, 'TANK_FARM')).toEqual({ chemicalId: 'c1', designMaxTonnes: null })
    expect(toInventoryRequest({ ...form, deriveFromTanks: false }, 'TANK_FARM')).toEqual({ chemicalId: 'c1', designMaxTonnes: 12 })
    expect(emptyInventoryForm('WAREHOUSE').deriveFromTanks).toBe(false)
    expect(toInventoryRequest({ ...form, designMaxTonnes: '150' }, 'WAREHOUSE')).toEqual({ chemicalId: 'c1', designMaxTonnes: 150 })
    const item: InventoryItem = {
      id: 'i1',
      unitId: 'u1',
      chemicalId: 'c1',
      chemicalName: '氯',
      enteredTonnes: null,
      designMaxTonnes: 117.6,
      source: 'DERIVED_FROM_TANKS',
      problem: null
    }
    expect(inventoryToForm(item)).toEqual({ chemicalId: 'c1', deriveFromTanks: true, designMaxTonnes: '' })
  })

  it('warns about tanks whose chemical the inventory does not list', () => {
    const tank = (code: string, chemicalId: string | null): Tank => ({
      id: code,
      tankFarmId: 'u1',
      code,
      tankType: 'OTHER',
      volumeM3: 1,
      chemicalId,
      chemicalName: null,
      designPressureMpa: null,
      designTemperatureC: null,
      maxFillRatio: 1
    })
    const listed: InventoryItem = {
      id: 'i1',
      unitId: 'u1',
      chemicalId: 'c1',
      chemicalName: '氯',
      enteredTonnes: null,
      designMaxTonnes: null,
      source: 'DERIVED_FROM_TANKS',
      problem: null
    }
    expect(tanksOutsideInventory([tank('V-1', 'c1'), tank('V-2', 'c2'), tank('V-3', null)], [listed]).map((t) => t.code)).toEqual(['V-2'])
  })
})

/* ---------------- chemicals ---------------- */

const ownChlorine: Chemical = {
  id: 'c1',
  enterpriseId: 'e1',
  referenceChemicalId: 'r12',
  name: '氯',
  aliases: ['液氯', '氯气', '液态氯'],
  casNumbers: ['7782-50-5'],
  gb18218Table1Seq: 12,
  table1CriticalQuantityTonnes: 5,
  hazardCategories: [],
  keySupervised: true,
  highlyToxic: false,
  explosivePrecursor: false,
  density: 1.47,
  lel: null,
  pcTwa: null,
  pcStel: null,
  mac: 1
}

describe('chemical forms', () => {
  it('edits only the own aliases of an entry linked to Table 1 and sends no name or CAS', () => {
    const form = chemicalToForm(ownChlorine, ['液氯', '氯气'])
    expect(form.linked).toBe(true)
    expect(form.aliases).toEqual(['液态氯'])
    expect(form.name).toBe('')
    expect(toChemicalRequest(form, false)).toEqual({
      referenceChemicalId: 'r12',
      name: null,
      cas: null,
      aliases: ['液态氯'],
      hazardCategories: [],
      keySupervised: true,
      highlyToxic: false,
      explosivePrecursor: false,
      density: 1.47,
      lel: null,
      pcTwa: null,
      pcStel: null,
      mac: 1
    })
  })

  it('sends the own name and CAS of an unlinked chemical, and the enterprise when asked', () => {
    const form = {
      ...emptyChemicalForm(),
      enterpriseId: 'e2',
      name: ' 柴油 ',
      cas: '68334-30-5',
      aliases: ['轻柴油', ' 轻柴油 ', ''],
      hazardCategories: ['W5.4']
    }
    expect(toChemicalRequest(form, true)).toMatchObject({
      enterpriseId: 'e2',
      referenceChemicalId: null,
      name: '柴油',
      cas: '68334-30-5',
      aliases: ['轻柴油'],
      hazardCategories: ['W5.4']
    })
    expect(toChemicalRequest(form, false)).not.toHaveProperty('enterpriseId')
    expect(chemicalServerAliases()['hazardCategories[3]']).toBe('hazardCategories')
  })

  it('offers the own chemicals before Table 1 rows, once each', () => {
    const reference: Chemical = { ...ownChlorine, id: 'r12', enterpriseId: null, referenceChemicalId: null, density: null }
    const options = mergeChemicalOptions([ownChlorine], [reference, ownChlorine])
    expect(options.map((option) => [option.id, option.reference])).toEqual([
      ['c1', false],
      ['r12', true]
    ])
    expect(options[0]?.density).toBe(1.47)
  })
})

/* ---------------- API clients ---------------- */

interface Reply {
  status: number
  data?: unknown
}

function fakeServer(reply: (config: InternalAxiosRequestConfig) => Reply): InternalAxiosRequestConfig[] {
  const seen: InternalAxiosRequestConfig[] = []
  http.defaults.adapter = async (config) => {
    seen.push(config)
    const answer = reply(config)
    const response: AxiosResponse = {
      data: answer.data ?? '',
      status: answer.status,
      statusText: String(answer.status),
      headers: new AxiosHeaders({ 'content-type': 'application/json' }),
      config
    }
    if (answer.status < 300) return response
    throw new AxiosError('failed', AxiosError.ERR_BAD_REQUEST, config, null, response)
  }
  return seen
}

const call = (config: InternalAxiosRequestConfig | undefined): string => `${config?.method ?? ''} ${config?.url ?? ''}`

describe('registry API clients', () => {
  const originalAdapter = http.defaults.adapter

  beforeEach(() => {
    configureHttp({ showError: vi.fn(), onUnauthorized: () => undefined })
    document.cookie = `${CSRF_COOKIE}=test-token; path=/`
    applyLocale('zh-CN')
  })

  afterEach(() => {
    http.defaults.adapter = originalAdapter
  })

  it('reads and saves the enterprise profile', async () => {
    const seen = fakeServer(() => ({ status: 200, data: profile }))
    expect(await getEnterpriseProfile('e1')).toEqual(profile)
    await saveEnterpriseProfile('e1', formToRequest(profileToForm(profile)))
    await registerEnterprise(formToRequest(profileToForm(profile)))
    expect(seen.map(call)).toEqual(['get /api/v1/enterprises/e1', 'put /api/v1/enterprises/e1', 'post /api/v1/enterprises'])
    expect(JSON.parse(String(seen[1]?.data)).unifiedSocialCreditCode).toBe('91370406MA3CDM0014')
  })

  it('searches and keeps chemicals', async () => {
    const seen = fakeServer((config) => ({ status: 200, data: config.url?.endsWith('hazard-categories') ? [] : {} }))
    await listChemicals({ q: '7782-50-5', scope: 'ENTERPRISE', enterpriseId: undefined, page: 0, size: 20 })
    await listHazardCategories()
    await createChemical(toChemicalRequest(emptyChemicalForm(), false))
    await updateChemical('c1', toChemicalRequest(emptyChemicalForm(), false))
    await deleteChemical('c1')
    expect(seen[0]?.params).toEqual({ q: '7782-50-5', scope: 'ENTERPRISE', page: 0, size: 20 })
    expect(seen.map(call)).toEqual([
      'get /api/v1/chemicals',
      'get /api/v1/chemicals/hazard-categories',
      'post /api/v1/chemicals',
      'put /api/v1/chemicals/c1',
      'delete /api/v1/chemicals/c1'
    ])
  })

  it('keeps units, their status, tanks and inventory', async () => {
    const seen = fakeServer(() => ({ status: 200, data: {} }))
    const unit = { kind: 'TANK_FARM' as const, code: 'TF-09', name: '液氯罐区' }
    const tank = toTankRequest(
      tankToForm({
        id: 't',
        tankFarmId: 'u1',
        code: 'V-1',
        tankType: 'OTHER',
        volumeM3: 50,
        chemicalId: null,
        chemicalName: null,
        designPressureMpa: null,
        designTemperatureC: null,
        maxFillRatio: 0.8
      })
    )
    await listUnits({ kind: 'TANK_FARM', q: 'TF', page: 0, size: 20 })
    await createUnit(unit)
    await updateUnit('u1', unit)
    await deleteUnit('u1')
    await changeUnitStatus('u1', { status: 'OVERHAUL', reason: '年度大修' })
    await getUnitStatusHistory('u1')
    await listTanks('u1')
    await createTank('u1', tank)
    await updateTank('t1', tank)
    await deleteTank('t1')
    await listInventory('u1')
    await createInventoryItem('u1', { chemicalId: 'c1', designMaxTonnes: null })
    await updateInventoryItem('i1', { chemicalId: 'c1', designMaxTonnes: 8 })
    await deleteInventoryItem('i1')
    expect(seen.map(call)).toEqual([
      'get /api/v1/units',
      'post /api/v1/units',
      'put /api/v1/units/u1',
      'delete /api/v1/units/u1',
      'post /api/v1/units/u1/status',
      'get /api/v1/units/u1/status-history',
      'get /api/v1/units/u1/tanks',
      'post /api/v1/units/u1/tanks',
      'put /api/v1/tanks/t1',
      'delete /api/v1/tanks/t1',
      'get /api/v1/units/u1/inventory',
      'post /api/v1/units/u1/inventory',
      'put /api/v1/inventory-items/i1',
      'delete /api/v1/inventory-items/i1'
    ])
    expect(seen[0]?.params).toEqual({ kind: 'TANK_FARM', q: 'TF', page: 0, size: 20 })
    expect(JSON.parse(String(seen[11]?.data))).toEqual({ chemicalId: 'c1', designMaxTonnes: null })
  })
})

/* ---------------- locale files of the registry and major hazard areas ---------------- */

const root = join(__dirname, '..')

function flatten(messages: LocaleMessageDictionary, prefix = ''): Map<string, string> {
  const result = new Map<string, string>()
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'string') result.set(path, value)
    else for (const [k, v] of flatten(value, path)) result.set(k, v)
  }
  return result
}

const AREAS: Record<string, [module: string, key: string]> = { registry: ['enterprise', 'registry'], majorhazard: ['majorhazard', 'majorHazard'] }

function areaFile(area: string, locale: string): Map<string, string> {
  const [module, key] = AREAS[area] ?? ['', '']
  return flatten(areaLocale(module, key, locale))
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? walk(path) : [path]
  })
}

describe('registry and major hazard locale files', () => {
  it.each(['registry', 'majorhazard'])('%s: zh-CN and en have the same keys under one top-level key', (area) => {
    const zh = areaFile(area, 'zh-CN')
    const en = areaFile(area, 'en')
    expect([...zh.keys()].filter((key) => !en.has(key))).toEqual([])
    expect([...en.keys()].filter((key) => !zh.has(key))).toEqual([])
    const tops = new Set([...zh.keys()].map((key) => key.split('.')[0]))
    expect([...tops]).toEqual([area === 'registry' ? 'registry' : 'majorHazard'])
  })

  it('every registry and major hazard key used in src exists in the merged messages', () => {
    const zh = flatten(messagesFor('zh-CN') as LocaleMessageDictionary)
    const missing: string[] = []
    for (const file of walk(join(root, 'src')).filter((path) => /\.(ts|vue)$/.test(path))) {
      for (const match of readFileSync(file, 'utf8').matchAll(/(?:\$t|\bt|translate)\(\s*'((?:registry|majorHazard|menu)\.[A-Za-z0-9_.-]+)'/g)) {
        if (!zh.has(match[1] ?? '')) missing.push(`${relative(root, file)}: ${match[1] ?? ''}`)
      }
    }
    expect(missing).toEqual([])
  })

  it('labels every level, role, trigger and unit kind, in the glossary words', () => {
    const zh = flatten(messagesFor('zh-CN') as LocaleMessageDictionary)
    expect(['1', '2', '3', '4'].map((level) => zh.get(`majorHazard.level.short.${level}`))).toEqual(['一级', '二级', '三级', '四级'])
    expect(zh.get('majorHazard.role.CHIEF')).toBe('主要负责人')
    expect(zh.get('majorHazard.role.TECHNICAL')).toBe('技术负责人')
    expect(zh.get('majorHazard.role.OPERATIONS')).toBe('操作负责人')
    for (const trigger of ['INVENTORY_CHANGED', 'EXPOSURE_CHANGED', 'MANUAL']) expect(zh.has(`majorHazard.trigger.${trigger}`)).toBe(true)
    expect(['PRODUCTION_UNIT', 'TANK_FARM', 'WAREHOUSE', 'LOADING_RACK'].map((kind) => zh.get(`registry.unit.kind.${kind}`))).toEqual([
      '生产装置',
      '罐区',
      '仓库',
      '装卸栈台'
    ])
  })
})
