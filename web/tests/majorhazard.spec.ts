import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { AxiosError, AxiosHeaders, type AxiosResponse, type InternalAxiosRequestConfig } from 'axios'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import { CSRF_COOKIE, configureHttp, http } from '@/shared/http'
import { applyLocale, i18n } from '@/shared/plugins/i18n'
import { perms } from '@/shared/directives/perms'
import { useUserStore } from '@/shared/stores/user'
import * as majorHazardsApi from '@/modules/majorhazard/api/majorHazards'
import {
  exportMajorHazardLedger,
  getMajorHazardSource,
  getUnitAssessment,
  listMajorHazardSources,
  listSourcesByEnterprise,
  reassessUnit,
  saveAccountablePeople,
  saveUnitExposure
} from '@/modules/majorhazard/api/majorHazards'
import type { AssessedSubstance, AssessmentResult, EnterpriseSourceCounts, SourceDetail } from '@/modules/majorhazard/api/types/majorHazard'
import type { User } from '@/modules/identity/api/types/user'
import {
  ALPHA_BANDS,
  LEVEL_THRESHOLDS,
  alphaBand,
  bandText,
  formatDecimal,
  levelFromR,
  missingRoles,
  mostSevereLevel,
  rWritten,
  sumRatioWritten,
  thresholdText,
  weightedSum,
  weightedSumWritten
} from '@/modules/majorhazard/utils/calculation'
import {
  accountableServerAliases,
  accountableToForm,
  calculationView,
  personOf,
  toAccountableRequest,
  userOptions
} from '@/modules/majorhazard/pages/detail/utils/hook'
import { toSourceQuery } from '@/modules/majorhazard/pages/list/utils/hook'
import { compareBySeverity, sumCounts, totalSources } from '@/modules/majorhazard/pages/enterprises/utils/hook'
import { mapLimited } from '@/modules/majorhazard/pages/accountability/utils/hook'
import DetailPage from '@/modules/majorhazard/pages/detail/index.vue'

/* ---------------- the worked examples ---------------- */

/** 2 × 50 m³ × 0.8 × 1.47 t/m³ of chlorine: q = 117.6 t, Q = 5 t, β = 4. */
const chlorine: AssessedSubstance = {
  name: '氯',
  cas: '7782-50-5',
  table1Row: 12,
  quantityTonnes: 117.6,
  criticalQuantityTonnes: 5,
  criticalQuantitySource: 'TABLE_1',
  category: null,
  beta: 4,
  betaSource: 'TABLE_3',
  betaCategory: null,
  ratio: 23.52,
  weightedRatio: 94.08
}

const ammonia: AssessedSubstance = {
  ...chlorine,
  name: '氨',
  cas: '7664-41-7',
  table1Row: 1,
  quantityTonnes: 50,
  criticalQuantityTonnes: 10,
  beta: 2,
  ratio: 5,
  weightedRatio: 10
}

function result(overrides: Partial<AssessmentResult> = {}): AssessmentResult {
  return {
    sumRatio: 23.52,
    majorHazard: true,
    alpha: 1.2,
    r: 112.896,
    level: 1,
    items: [chlorine],
    missingBeta: [],
    ...overrides
  }
}

describe('GB 18218 calculation display', () => {
  it('formats the server decimals without trailing zeros', () => {
    expect(formatDecimal(117.6)).toBe('117.6')
    expect(formatDecimal(23.52)).toBe('23.52')
    expect(formatDecimal(4)).toBe('4')
    expect(formatDecimal(112.896)).toBe('112.896')
    expect(formatDecimal(0.0001)).toBe('0.0001')
    expect(formatDecimal(2.5, 0)).toBe('3')
    expect(formatDecimal(null)).toBe('')
  })

  it.each([
    [240, 1],
    [112.896, 1],
    [100, 1],
    [99.9999, 2],
    [67.7376, 2],
    [50, 2],
    [49.9999, 3],
    [47.04, 3],
    [10, 3],
    [9.9999, 4],
    [0.98, 4],
    [0, 4]
  ] as const)('R = %s is level %s (boundaries take the more severe level)', (r, level) => {
    expect(levelFromR(r)).toBe(level)
  })

  it('has no level without R', () => {
    expect(levelFromR(null)).toBeNull()
    expect(levelFromR(undefined)).toBeNull()
  })

  it('writes Table 6 as inequalities', () => {
    expect(LEVEL_THRESHOLDS.map(thresholdText)).toEqual(['R ≥ 100', '50 ≤ R < 100', '10 ≤ R < 50', 'R < 10'])
  })

  it.each([
    [0, 0.5],
    [1, 1.0],
    [29, 1.0],
    [30, 1.2],
    [40, 1.2],
    [49, 1.2],
    [50, 1.5],
    [99, 1.5],
    [100, 2.0],
    [5000, 2.0]
  ] as const)('%s people within 500 m give α = %s (Table 5)', (people, alpha) => {
    expect(alphaBand(people)?.alpha).toBe(alpha)
  })

  it('has no α band for an unknown head count', () => {
    expect(alphaBand(null)).toBeNull()
    expect(alphaBand(-1)).toBeNull()
    expect(ALPHA_BANDS.map(bandText)).toEqual(['≥ 100', '50–99', '30–49', '1–29', '0'])
  })

  it('writes S = Σq/Q out with its terms', () => {
    expect(sumRatioWritten([chlorine], 23.52)).toBe('117.6/5 = 23.52')
    expect(sumRatioWritten([chlorine, ammonia], 28.52)).toBe('117.6/5 + 50/10 = 23.52 + 5 = 28.52')
    expect(sumRatioWritten([], 0)).toBe('0')
  })

  it('writes Σβq/Q and R out', () => {
    expect(weightedSum([chlorine])).toBe(94.08)
    expect(weightedSumWritten([chlorine])).toBe('4 × 23.52 = 94.08')
    expect(weightedSumWritten([chlorine, ammonia])).toBe('4 × 23.52 + 2 × 5 = 94.08 + 10 = 104.08')
    expect(rWritten(1.2, 94.08, 112.896)).toBe('1.2 × 94.08 = 112.896')
    expect(rWritten(0.5, 94.08, 47.04)).toBe('0.5 × 94.08 = 47.04')
  })

  it('leaves Σβq/Q and R empty when a β or α is missing', () => {
    const noBeta = { ...ammonia, beta: null, betaSource: null, weightedRatio: null }
    expect(weightedSum([chlorine, noBeta])).toBeNull()
    expect(weightedSumWritten([chlorine, noBeta])).toBe('')
    expect(rWritten(null, 94.08, null)).toBe('')
    expect(rWritten(1.2, null, null)).toBe('')
  })

  it('sums floating-point terms without noise', () => {
    const a = { ...chlorine, weightedRatio: 0.1 }
    const b = { ...chlorine, weightedRatio: 0.2 }
    expect(weightedSum([a, b])).toBe(0.3)
  })

  it('builds the whole calculation view of the chlorine farm', () => {
    expect(calculationView(result(), 40)).toMatchObject({
      sWritten: '117.6/5 = 23.52',
      weighted: 94.08,
      weightedWritten: '4 × 23.52 = 94.08',
      rWritten: '1.2 × 94.08 = 112.896',
      band: { min: 30, max: 49, alpha: 1.2 },
      level: 1
    })
    const nobody = calculationView(result({ alpha: 0.5, r: 47.04, level: 3 }), 0)
    expect(nobody.rWritten).toBe('0.5 × 94.08 = 47.04')
    expect(nobody.level).toBe(3)
    // the server's level wins; R decides only when the level is missing
    expect(calculationView(result({ level: null }), 40).level).toBe(1)
    expect(calculationView(result({ majorHazard: false, level: null, r: 0.5 }), 40).level).toBeNull()
  })

  it('finds the most severe level and the missing roles', () => {
    expect(mostSevereLevel({ level1: 0, level2: 0, level3: 2, level4: 1 })).toBe(3)
    expect(mostSevereLevel({ level1: 1, level2: 0, level3: 0, level4: 0 })).toBe(1)
    expect(mostSevereLevel({ level1: 0, level2: 0, level3: 0, level4: 0 })).toBeNull()
    expect(missingRoles(['TECHNICAL'])).toEqual(['CHIEF', 'OPERATIONS'])
    expect(missingRoles([])).toEqual(['CHIEF', 'TECHNICAL', 'OPERATIONS'])
  })
})

describe('accountable people', () => {
  const people = [
    { role: 'TECHNICAL' as const, userId: 'u2', displayName: '周安全', post: '安全总监', phone: '0632-8000000' },
    { role: 'CHIEF' as const, userId: 'u1', displayName: '李主任', post: '总经理', phone: '0632-8000001' }
  ]

  it('fills the dialog per role and sends the three roles in order', () => {
    const form = accountableToForm(people)
    expect(form.CHIEF.userId).toBe('u1')
    expect(form.OPERATIONS).toEqual({ userId: '', displayName: '', post: '', phone: '' })
    form.OPERATIONS = { userId: 'u3', displayName: '吴班长', post: ' 车间主任 ', phone: ' 0632-8000002 ' }
    expect(toAccountableRequest(form)).toEqual({
      people: [
        { role: 'CHIEF', userId: 'u1', post: '总经理', phone: '0632-8000001' },
        { role: 'TECHNICAL', userId: 'u2', post: '安全总监', phone: '0632-8000000' },
        { role: 'OPERATIONS', userId: 'u3', post: '车间主任', phone: '0632-8000002' }
      ]
    })
    expect(personOf(people, 'CHIEF')?.displayName).toBe('李主任')
    expect(personOf(people, 'OPERATIONS')).toBeNull()
  })

  it('maps server field paths of the people onto the roles', () => {
    const aliases = accountableServerAliases()
    expect(aliases['people[0].post']).toBe('CHIEF.post')
    expect(aliases['people[2].phone']).toBe('OPERATIONS.phone')
    expect(aliases['people[1]']).toBe('TECHNICAL.userId')
  })

  it('offers only enabled users of the source enterprise', () => {
    const user = (id: string, enterpriseId: string | null, enabled = true): User => ({
      id,
      username: id,
      displayName: id,
      phone: null,
      enabled,
      lockedUntil: null,
      roles: [],
      scope: { kind: enterpriseId ? 'ENTERPRISE' : 'REGION', regionCode: null, regionName: null, enterpriseId, enterpriseName: null },
      createdAt: '2026-01-01T00:00:00Z',
      lastLoginAt: null
    })
    const options = userOptions([user('a', 'e1'), user('b', 'e2'), user('c', null), user('d', 'e1', false)], 'e1')
    expect(options.map((option) => option.id)).toEqual(['a'])
  })
})

describe('lists', () => {
  it('leaves empty filters out of the query', () => {
    expect(toSourceQuery({ q: ' TF ', level: '', enterpriseId: '' })).toEqual({ q: 'TF' })
    expect(toSourceQuery({ q: '', level: 1, enterpriseId: 'e1' })).toEqual({ level: 1, enterpriseId: 'e1' })
  })

  it('sorts enterprises most severe first and sums their counts', () => {
    const row = (name: string, counts: Partial<EnterpriseSourceCounts>): EnterpriseSourceCounts => ({
      enterpriseId: name,
      enterpriseName: name,
      regionName: '西集镇',
      longitude: null,
      latitude: null,
      level1: 0,
      level2: 0,
      level3: 0,
      level4: 0,
      unleveled: 0,
      incompleteAccountable: 0,
      ...counts
    })
    const rows = [row('c', { level4: 5 }), row('a', { level2: 1, level3: 1 }), row('b', { level1: 1, level4: 1, incompleteAccountable: 2 })]
    expect([...rows].sort(compareBySeverity).map((r) => r.enterpriseId)).toEqual(['b', 'a', 'c'])
    expect(totalSources(rows[0] as EnterpriseSourceCounts)).toBe(5)
    expect(sumCounts(rows)).toEqual({
      enterprises: 3,
      level1: 1,
      level2: 1,
      level3: 1,
      level4: 6,
      unleveled: 0,
      incompleteAccountable: 2,
      total: 9
    })
  })

  it('loads the board with a bounded number of requests at a time', async () => {
    let running = 0
    let peak = 0
    const results = await mapLimited([1, 2, 3, 4, 5, 6, 7], 3, async (n) => {
      running++
      peak = Math.max(peak, running)
      await new Promise((resolve) => setTimeout(resolve, 5))
      running--
      return n * 2
    })
    expect(results).toEqual([2, 4, 6, 8, 10, 12, 14])
    expect(peak).toBe(3)
  })
})

/* ---------------- API clients ---------------- */

interface Reply {
  status: number
  data?: unknown
  headers?: Record<string, string>
}

function fakeServer(handler: (config: InternalAxiosRequestConfig) => Reply): InternalAxiosRequestConfig[] {
  const seen: InternalAxiosRequestConfig[] = []
  http.defaults.adapter = async (config) => {
    seen.push(config)
    const reply = handler(config)
    const response: AxiosResponse = {
      data: reply.data ?? '',
      status: reply.status,
      statusText: String(reply.status),
      headers: new AxiosHeaders(reply.headers ?? {}),
      config
    }
    if (reply.status >= 200 && reply.status < 300) return response
    throw new AxiosError(`Request failed with status code ${reply.status}`, AxiosError.ERR_BAD_REQUEST, config, null, response)
  }
  return seen
}

const emptyPage = { content: [], page: 0, size: 20, totalElements: 0, totalPages: 0 }

describe('major hazard API clients', () => {
  const showError = vi.fn<(message: string) => void>()
  const originalAdapter = http.defaults.adapter

  beforeEach(() => {
    showError.mockReset()
    configureHttp({ showError, onUnauthorized: () => undefined })
    document.cookie = `${CSRF_COOKIE}=test-token; path=/`
    applyLocale('zh-CN')
  })

  afterEach(() => {
    http.defaults.adapter = originalAdapter
  })

  it('lists sources with the filters as query parameters', async () => {
    const seen = fakeServer(() => ({ status: 200, data: emptyPage }))
    await listMajorHazardSources({ q: 'TF', level: 1, enterpriseId: '', page: 0, size: 20 })
    expect(seen[0]?.method).toBe('get')
    expect(seen[0]?.url).toBe('/api/v1/major-hazard-sources')
    expect(seen[0]?.params).toEqual({ q: 'TF', level: 1, page: 0, size: 20 })
  })

  it('reads a source, the counts by enterprise and a unit assessment', async () => {
    const seen = fakeServer((config) => ({ status: 200, data: config.url?.endsWith('by-enterprise') ? [] : {} }))
    await getMajorHazardSource('s 1')
    await listSourcesByEnterprise()
    await getUnitAssessment('u1')
    expect(seen.map((config) => config.url)).toEqual([
      '/api/v1/major-hazard-sources/s%201',
      '/api/v1/major-hazard-sources/by-enterprise',
      '/api/v1/units/u1/major-hazard-assessment'
    ])
  })

  it('does not show an error for a unit never assessed (404)', async () => {
    fakeServer(() => ({ status: 404, headers: { 'content-type': 'application/problem+json' }, data: { title: 'Not Found', status: 404 } }))
    const failure = await getUnitAssessment('u1').catch((error: unknown) => error)
    expect((failure as { status: number }).status).toBe(404)
    expect(showError).not.toHaveBeenCalled()
  })

  it('writes the exposure, re-assesses and names the accountable people', async () => {
    const seen = fakeServer(() => ({ status: 200, data: {} }))
    await saveUnitExposure('u1', { exposedPeople: 40 })
    await reassessUnit('u1')
    await saveAccountablePeople('s1', { people: [{ role: 'CHIEF', userId: 'x', post: '总经理', phone: '0632-8000000' }] })
    expect(seen.map((config) => `${config.method ?? ''} ${config.url ?? ''}`)).toEqual([
      'put /api/v1/units/u1/exposure',
      'post /api/v1/units/u1/major-hazard-assessment',
      'put /api/v1/major-hazard-sources/s1/accountable-people'
    ])
    expect(JSON.parse(String(seen[0]?.data))).toEqual({ exposedPeople: 40 })
    expect(JSON.parse(String(seen[2]?.data)).people[0].role).toBe('CHIEF')
  })

  it('downloads the ledger with the server file name', async () => {
    const seen = fakeServer(() => ({
      status: 200,
      data: new Blob(['xlsx']),
      headers: { 'content-disposition': "attachment; filename*=UTF-8''%E9%87%8D%E5%A4%A7%E5%8D%B1%E9%99%A9%E6%BA%90.xlsx" }
    }))
    const file = await exportMajorHazardLedger()
    expect(seen[0]?.url).toBe('/api/v1/major-hazard-sources/export.xlsx')
    expect(seen[0]?.responseType).toBe('blob')
    expect(file.filename).toBe('重大危险源.xlsx')
  })
})

/* ---------------- the detail page as an inspector reads it ---------------- */

function detail(overrides: Partial<SourceDetail> = {}): SourceDetail {
  return {
    id: 's1',
    enterpriseId: 'e1',
    enterpriseName: '枣庄示范化工有限公司',
    unitId: 'u1',
    unitCode: 'TF-09',
    unitName: '液氯储罐区',
    unitKind: 'TANK_FARM',
    level: 1,
    r: 112.896,
    sumRatio: 23.52,
    identifiedAt: '2026-11-30T01:00:00Z',
    assessedAt: '2026-11-30T01:05:00Z',
    status: 'ACTIVE',
    assessmentComplete: true,
    accountableComplete: false,
    missingRoles: ['TECHNICAL', 'OPERATIONS'],
    exposedPeople: 40,
    assessment: {
      id: 7,
      unitId: 'u1',
      assessedAt: '2026-11-30T01:05:00Z',
      trigger: 'EXPOSURE_CHANGED',
      exposedPeople: 40,
      complete: true,
      problems: [],
      result: result()
    },
    accountablePeople: [{ role: 'CHIEF', userId: 'u9', displayName: '李主任', post: '总经理', phone: '0632-8000000' }],
    history: [],
    ...overrides
  }
}

describe('major hazard detail page', () => {
  it('writes the whole calculation out and flags the missing accountable people', async () => {
    const pinia = createPinia()
    setActivePinia(pinia)
    applyLocale('zh-CN')
    useUserStore().setUser({
      id: 'u',
      username: 'town',
      displayName: '孙镇安',
      roles: [],
      permissions: ['major-hazard:read'],
      scope: { kind: 'REGION', regionCode: '370406102', regionName: '西集镇', enterpriseId: null, enterpriseName: null }
    })
    vi.spyOn(majorHazardsApi, 'getMajorHazardSource').mockResolvedValue(detail())
    const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/major-hazards/:id', component: DetailPage }] })
    await router.push('/major-hazards/s1')
    await router.isReady()
    const wrapper = mount(DetailPage, {
      global: { plugins: [pinia, i18n, router], directives: { perms } }
    })
    await flushPromises()
    expect(wrapper.get('[data-testid="source-r"]').text()).toBe('112.896')
    expect(wrapper.get('[data-testid="calc-s"]').text()).toBe('S = Σq/Q = 117.6/5 = 23.52')
    expect(wrapper.get('[data-testid="calc-weighted"]').text()).toBe('Σβ·q/Q = 4 × 23.52 = 94.08')
    expect(wrapper.get('[data-testid="calc-r"]').text()).toBe('R = α × Σβ·q/Q = 1.2 × 94.08 = 112.896')
    expect(wrapper.get('[data-testid="calc-alpha"]').text()).toContain('40 人')
    expect(wrapper.get('[data-testid="level-row-1"]').attributes('data-applies')).toBe('true')
    expect(wrapper.get('[data-testid="level-row-2"]').attributes('data-applies')).toBe('false')
    expect(wrapper.get('[data-testid="calc-level"]').text()).toContain('一级重大危险源')
    expect(wrapper.get('[data-testid="accountable-incomplete"]').text()).toBe('包保责任人不全：缺技术负责人、操作负责人')
    expect(wrapper.findAll('[data-testid="accountable-missing"]')).toHaveLength(2)
    expect(wrapper.get('[data-testid="accountable-CHIEF"]').text()).toContain('李主任')
    // a supervisor cannot name the accountable people
    expect(wrapper.get('[data-testid="accountable-edit"]').isVisible()).toBe(false)
  })

  it('explains a missing β and an unknown head count', async () => {
    const pinia = createPinia()
    setActivePinia(pinia)
    applyLocale('zh-CN')
    const oxygen: AssessedSubstance = { ...chlorine, name: '氧', cas: '7782-44-7', table1Row: 84, beta: null, betaSource: null, weightedRatio: null }
    vi.spyOn(majorHazardsApi, 'getMajorHazardSource').mockResolvedValue(
      detail({
        level: null,
        r: null,
        exposedPeople: null,
        assessment: {
          ...detail().assessment,
          exposedPeople: null,
          complete: false,
          problems: ['未填写厂外500米范围内常住人数，无法确定校正系数α，暂不分级'],
          result: result({
            items: [oxygen],
            alpha: null,
            r: null,
            level: null,
            missingBeta: [{ field: 'substances[0]', table1Row: 84, name: '氧', cas: '7782-44-7' }]
          })
        }
      })
    )
    const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/major-hazards/:id', component: DetailPage }] })
    await router.push('/major-hazards/s1')
    await router.isReady()
    const wrapper = mount(DetailPage, {
      global: { plugins: [pinia, i18n, router], directives: { perms } }
    })
    await flushPromises()
    expect(wrapper.get('[data-testid="calc-incomplete"]').text()).toContain('常住人数')
    expect(wrapper.get('[data-testid="calc-missing-beta"]').text()).toContain('表1 第 84 项 氧')
    expect(wrapper.find('[data-testid="calc-r"]').exists()).toBe(false)
    expect(wrapper.get('[data-testid="calc-alpha"]').text()).toContain('无法确定 α')
    expect(wrapper.get('[data-testid="level-tag"]').text()).toBe('未定级')
  })
})
