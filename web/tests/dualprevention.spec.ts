import { describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import { applyLocale, i18n } from '@/shared/plugins/i18n'
import { perms } from '@/shared/directives/perms'
import { appRoutes } from '@/shared/router'
import { buildMenus, flattenMenus } from '@/shared/router/menu'
import { permits } from '@/shared/stores/user'
import * as hiddenApi from '@/modules/dualprevention/api/hiddenDangers'
import type { Page } from '@/shared/api/types/common'
import type { RiskMethodTables } from '@/modules/dualprevention/api/types/assessment'
import type { HiddenDanger, HiddenDangerStatus } from '@/modules/dualprevention/api/types/hiddenDangers'
import BoardPage from '@/modules/dualprevention/pages/hidden-board/index.vue'
import DetailPage from '@/modules/dualprevention/pages/hidden-detail/index.vue'
import ReportPage from '@/modules/dualprevention/pages/hidden-report/index.vue'
import { useUserStore } from '@/shared/stores/user'
import { BOARD_SIZE, boardColumns } from '@/modules/dualprevention/utils/board'
import { taskNumbersFor } from '@/modules/dualprevention/utils/codes'
import {
  byUrgency,
  daysBetween,
  deadlineState,
  emptyOrder,
  photoReferences,
  plantDay,
  stepsFor,
  toOrderRequest
} from '@/modules/dualprevention/utils/lifecycle'
import { emptyHiddenDangerFilter, toHiddenDangerQuery } from '@/modules/dualprevention/utils/query'
import { childKind, classify2After, emptyNodeModel, measureRequest, occurrenceRange, taskRequest } from '@/modules/dualprevention/utils/register'
import { bandRanges, bandText, factorsOf, toCalculationRequest } from '@/modules/dualprevention/utils/risk'
import { labelPoint, svgPoints } from '@/shared/utils/plan'

function danger(overrides: Partial<HiddenDanger> = {}): HiddenDanger {
  return {
    id: 'd1',
    enterpriseId: 'e1',
    dangerName: '泵房可燃气体报警器失效',
    dangerDesc: '2号泵房报警器不报警',
    dangerSrc: 1,
    hazardDangerType: 4,
    dangerState: 0,
    dangerImg: [],
    dangerAcceptImg: [],
    registTime: '2026-12-01T02:00:00Z',
    registrant: '王操作',
    overdue: false,
    status: 'RECTIFYING',
    dangerLevel: 'GENERAL',
    dangerManageType: 'BY_DEADLINE',
    dangerManageDeadline: '2026-12-05',
    ...overrides
  }
}

const page = (content: HiddenDanger[], total = content.length): Page<HiddenDanger> => ({
  content,
  page: 0,
  size: BOARD_SIZE,
  totalElements: total,
  totalPages: 1
})

describe('hidden-danger steps by status and rights', () => {
  const all = { report: true, manage: true }
  it.each<[HiddenDangerStatus, string[]]>([
    ['REPORTED', ['confirm']],
    ['CONFIRMED', ['order']],
    ['RECTIFYING', ['rectify']],
    ['PENDING_ACCEPTANCE', ['accept', 'sendBack']],
    ['ACCEPTED', ['close']],
    ['CLOSED', []]
  ])('%s offers %j to a manager who also reports', (status, steps) => {
    expect(stepsFor(status, all)).toEqual(steps)
  })

  it('offers a reporter only the rectification, a manager without report rights everything else', () => {
    const reporter = { report: true, manage: false }
    expect(['REPORTED', 'CONFIRMED', 'PENDING_ACCEPTANCE', 'ACCEPTED'].flatMap((status) => stepsFor(status as HiddenDangerStatus, reporter))).toEqual(
      []
    )
    expect(stepsFor('RECTIFYING', reporter)).toEqual(['rectify'])
    expect(stepsFor('RECTIFYING', { report: false, manage: true })).toEqual([])
    expect(stepsFor('PENDING_ACCEPTANCE', { report: false, manage: true })).toEqual(['accept', 'sendBack'])
  })
})

describe('deadline display on the plant day', () => {
  it('counts whole days between ISO dates, across a month end', () => {
    expect(daysBetween('2026-11-30', '2026-12-03')).toBe(3)
    expect(daysBetween('2026-12-03', '2026-12-01')).toBe(-2)
  })

  it('takes the plant day in Asia/Shanghai: 16:00 UTC is already the next day', () => {
    expect(plantDay(new Date('2026-12-03T15:59:59Z'))).toBe('2026-12-03')
    expect(plantDay(new Date('2026-12-03T16:00:00Z'))).toBe('2026-12-04')
  })

  it('shows days left, due soon on both sides of 3 days, due today, and overdue after the deadline day', () => {
    const dueOn = (deadline: string) => deadlineState(danger({ dangerManageDeadline: deadline }), '2026-12-03')
    expect(dueOn('2026-12-07')).toEqual({ kind: 'due', deadline: '2026-12-07', days: 4 })
    expect(dueOn('2026-12-06')).toEqual({ kind: 'dueSoon', deadline: '2026-12-06', days: 3 })
    expect(dueOn('2026-12-04')).toEqual({ kind: 'dueSoon', deadline: '2026-12-04', days: 1 })
    expect(dueOn('2026-12-03')).toEqual({ kind: 'dueToday', deadline: '2026-12-03' })
    expect(dueOn('2026-12-01')).toEqual({ kind: 'overdue', deadline: '2026-12-01', days: 2 })
  })

  it("follows the server's overdue flag, and stops counting once rectified", () => {
    expect(deadlineState(danger({ dangerManageDeadline: '2026-12-03', overdue: true }), '2026-12-03')).toEqual({
      kind: 'overdue',
      deadline: '2026-12-03',
      days: 0
    })
    expect(deadlineState(danger({ status: 'PENDING_ACCEPTANCE', dangerManageDeadline: '2026-12-01' }), '2026-12-03')).toEqual({
      kind: 'done',
      deadline: '2026-12-01'
    })
    expect(deadlineState(danger({ dangerManageDeadline: null, dangerManageType: 'IMMEDIATE' }), '2026-12-03')).toEqual({ kind: 'none' })
  })

  it('sorts overdue first (longest overdue first), then the nearest deadline, then those without one, newest first', () => {
    const list = [
      danger({ id: 'none-old', dangerManageDeadline: null, registTime: '2026-11-01T00:00:00Z' }),
      danger({ id: 'in-5', dangerManageDeadline: '2026-12-08' }),
      danger({ id: 'over-1', dangerManageDeadline: '2026-12-02' }),
      danger({ id: 'none-new', dangerManageDeadline: null, registTime: '2026-12-02T00:00:00Z' }),
      danger({ id: 'today', dangerManageDeadline: '2026-12-03' }),
      danger({ id: 'over-3', dangerManageDeadline: '2026-11-30' })
    ]
    expect([...list].sort(byUrgency('2026-12-03')).map((entry) => entry.id)).toEqual(['over-3', 'over-1', 'today', 'in-5', 'none-new', 'none-old'])
  })
})

describe('orders and photos', () => {
  it('orders a general hidden danger fixed on the spot without a deadline, a major one by deadline', () => {
    expect(emptyOrder('GENERAL').dangerManageType).toBe('IMMEDIATE')
    expect(emptyOrder('MAJOR').dangerManageType).toBe('BY_DEADLINE')
    const immediate = { ...emptyOrder('GENERAL'), liablePerson: ' 李班长 ', controlMeasures: '更换报警器探头', dangerManageDeadline: '2026-12-09' }
    expect(toOrderRequest(immediate)).toEqual({ dangerManageType: 'IMMEDIATE', liablePerson: '李班长', controlMeasures: '更换报警器探头' })
    const plan = {
      ...emptyOrder('MAJOR'),
      liablePerson: '张厂长',
      controlMeasures: '停用并更换',
      dangerManageDeadline: '2026-12-31',
      cost: 12.5,
      contingencyPlan: '专项预案'
    }
    expect(toOrderRequest(plan)).toEqual({
      dangerManageType: 'BY_DEADLINE',
      liablePerson: '张厂长',
      controlMeasures: '停用并更换',
      dangerManageDeadline: '2026-12-31',
      cost: 12.5,
      contingencyPlan: '专项预案'
    })
  })

  it('sends photo references trimmed, without blanks or repeats', () => {
    expect(photoReferences([' a.jpg', 'b.jpg ', '', 'a.jpg', '   '])).toEqual(['a.jpg', 'b.jpg'])
  })

  it('asks the list only for the filters that are set', () => {
    expect(toHiddenDangerQuery(emptyHiddenDangerFilter())).toEqual({})
    expect(toHiddenDangerQuery({ q: ' 泵房 ', status: 'RECTIFYING', dangerLevel: 'MAJOR', overdueOnly: true, enterpriseId: 'e1' })).toEqual({
      q: '泵房',
      status: 'RECTIFYING',
      dangerLevel: 'MAJOR',
      overdue: true,
      enterpriseId: 'e1'
    })
  })
})

describe('hidden-danger board', () => {
  it('puts overdue ones older than the newest page into their column, most urgent first, with the totals', () => {
    const recent = danger({ id: 'recent', dangerManageDeadline: '2026-12-10' })
    const old = danger({ id: 'old', dangerManageDeadline: '2026-11-20', overdue: true, registTime: '2026-11-01T00:00:00Z' })
    const columns = boardColumns(
      { RECTIFYING: page([recent], 31), REPORTED: page([danger({ id: 'new', status: 'REPORTED', dangerManageDeadline: null })]) },
      [old],
      '2026-12-03'
    )
    expect(columns.map((column) => column.status)).toEqual(['REPORTED', 'CONFIRMED', 'RECTIFYING', 'PENDING_ACCEPTANCE', 'ACCEPTED', 'CLOSED'])
    const rectifying = columns.find((column) => column.status === 'RECTIFYING')
    expect(rectifying?.total).toBe(31)
    expect(rectifying?.cards.map((card) => card.id)).toEqual(['old', 'recent'])
    expect(columns.find((column) => column.status === 'CLOSED')).toEqual({ status: 'CLOSED', total: 0, cards: [] })
  })

  it('draws an overdue card in red with its days overdue', async () => {
    const pinia = createPinia()
    setActivePinia(pinia)
    applyLocale('zh-CN')
    vi.useFakeTimers({ now: new Date('2026-12-03T02:00:00Z'), toFake: ['Date'] })
    const overdue = danger({ id: 'late', dangerManageDeadline: '2026-12-01', overdue: true })
    vi.spyOn(hiddenApi, 'listHiddenDangers').mockImplementation((query = {}) =>
      Promise.resolve(query.overdue || query.status === 'RECTIFYING' ? page([overdue]) : page([]))
    )
    const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/:any(.*)', component: BoardPage }] })
    const wrapper = mount(BoardPage, { global: { plugins: [pinia, i18n, router], directives: { perms } } })
    await flushPromises()
    vi.useRealTimers()
    expect(wrapper.get('[data-testid="board-overdue"]').text()).toBe('逾期 1')
    const card = wrapper.get('[data-testid="board-column-RECTIFYING"] [data-testid="board-card"]')
    expect(card.classes()).toContain('board__card--overdue')
    expect(card.get('[data-testid="deadline-tag"]').text()).toBe('逾期 2 天')
    expect(wrapper.get('[data-testid="board-column-REPORTED"]').text()).toContain('无')
  })
})

describe('risk calculator helpers', () => {
  const lec: RiskMethodTables = {
    method: 'LEC',
    scoreName: 'D',
    factors: [
      { factor: 'l', values: [{ value: 3, meaning: '可能，但不经常' }] },
      { factor: 'e', values: [{ value: 6, meaning: '每天工作时间内暴露' }] },
      { factor: 'c', values: [{ value: 7, meaning: '严重，重伤' }] }
    ],
    defaultBands: [
      { level: 'MAJOR', lowerBound: 320, lowerInclusive: false },
      { level: 'HIGH', lowerBound: 160, lowerInclusive: true },
      { level: 'MEDIUM', lowerBound: 70, lowerInclusive: true },
      { level: 'LOW', lowerBound: null, lowerInclusive: false }
    ]
  }

  it('writes the default LEC bands with each boundary on one side only (320 is HIGH, 160 and 70 the more severe)', () => {
    expect(bandRanges(lec).map((band) => `${band.level}: ${bandText('D', band)}`)).toEqual([
      'MAJOR: D > 320',
      'HIGH: 160 ≤ D ≤ 320',
      'MEDIUM: 70 ≤ D < 160',
      'LOW: D < 70'
    ])
  })

  it('sends only the chosen method’s factors, a missing one as null for the server to name', () => {
    expect(factorsOf([lec], 'LEC')).toEqual(['l', 'e', 'c'])
    expect(factorsOf([lec], 'MES')).toEqual([])
    expect(toCalculationRequest('LEC', ['l', 'e', 'c'], { l: 3, e: 6, s: 5 })).toEqual({ method: 'LEC', l: 3, e: 6, c: null })
  })
})

describe('risk register forms', () => {
  it('walks the chain object → unit → event → measure → task', () => {
    expect(['object', 'unit', 'event', 'measure', 'task'].map((kind) => childKind(kind as 'object'))).toEqual([
      'unit',
      'event',
      'measure',
      'task',
      null
    ])
  })

  it('keeps classify2 only under its classify1', () => {
    expect(classify2After('2', '2-3')).toBe('2-3')
    expect(classify2After('3', '2-3')).toBe('3-1')
    expect(measureRequest({ ...emptyNodeModel(), riskMeasureDesc: ' 可燃气体检测报警 ', classify1: '1', classify2: '1-4' })).toEqual({
      riskMeasureDesc: '可燃气体检测报警',
      dataSrc: 2,
      classify1: '1',
      classify2: '1-4',
      classify3: null,
      troubleshootContent: null
    })
  })

  it('sends the work window for hourly cycles only and the checklist number for the responsible roles only', () => {
    const hourly = {
      ...emptyNodeModel(),
      troubleshootContent: '巡检',
      checkCycle: 2,
      checkCycleUnit: 'HOUR' as const,
      taskStartTime: '2026-12-01T08:00:00',
      workStartTime: '08:00:00',
      workEndTime: '20:00:00',
      workType: 1,
      taskNum: 4
    }
    expect(taskRequest(hourly)).toMatchObject({ workStartTime: '08:00:00', workEndTime: '20:00:00', taskNum: 4 })
    expect(taskRequest({ ...hourly, checkCycleUnit: 'DAY', workType: 0 })).toMatchObject({ workStartTime: null, workEndTime: null, taskNum: null })
    expect([0, 1, 2, 3].map((type) => taskNumbersFor(type).length)).toEqual([0, 9, 9, 10])
  })

  it('previews whole plant days: from midnight in Shanghai to the midnight after the last day', () => {
    expect(occurrenceRange('2026-10-01', '2026-10-08')).toEqual({ from: '2026-09-30T16:00:00.000Z', to: '2026-10-08T16:00:00.000Z' })
  })
})

describe('dual prevention menu', () => {
  it('shows an operator the register, its four-colour map, calculator, rounds, records, board, list, report page and effectiveness', () => {
    const held = new Set(['dual-prevention:read', 'hidden-danger:report', 'inspection:record'])
    const menus = buildMenus(appRoutes, { hasPerm: (required) => permits(held, required), spansEnterprises: false })
    expect(flattenMenus(menus).map((item) => item.path)).toEqual([
      '/',
      '/risk-register',
      '/risk-map',
      '/risk-calculator',
      '/inspection-rounds',
      '/inspection-calendar',
      '/inspection-records',
      '/hidden-dangers/board',
      '/hidden-dangers',
      '/hidden-dangers/report',
      '/dual-prevention/effectiveness',
      '/profile'
    ])
  })
})

describe('hidden-danger detail', () => {
  it('offers the manager the order once confirmed, and shows the order in its own rows after it is given', async () => {
    const pinia = createPinia()
    setActivePinia(pinia)
    applyLocale('zh-CN')
    useUserStore().setUser({
      id: 'u1',
      username: 'safety',
      displayName: '李安全',
      roles: [{ code: 'SAFETY_MANAGER', name: '安全管理人员' }],
      permissions: ['dual-prevention:read', 'hidden-danger:report', 'hidden-danger:manage'],
      scope: { kind: 'ENTERPRISE', regionCode: null, regionName: null, enterpriseId: 'e1', enterpriseName: '示例化工' }
    })
    const confirmed = danger({ status: 'CONFIRMED', dangerManageType: null, dangerManageDeadline: null, liablePerson: null, controlMeasures: null })
    const ordered = danger({ dangerManageType: 'IMMEDIATE', dangerManageDeadline: null, liablePerson: '李班长', controlMeasures: '更换探头' })
    const get = vi.spyOn(hiddenApi, 'getHiddenDanger').mockResolvedValue(confirmed)
    vi.spyOn(hiddenApi, 'hiddenDangerHistory').mockResolvedValue([])
    const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/hidden-dangers/:id', component: DetailPage }] })
    await router.push('/hidden-dangers/d1')
    const wrapper = mount(DetailPage, { global: { plugins: [pinia, i18n, router], directives: { perms } } })
    await flushPromises()
    expect(wrapper.findAll('[data-testid^="danger-step-"]').map((button) => button.attributes('data-testid'))).toEqual(['danger-step-order'])

    get.mockResolvedValue(ordered)
    wrapper.findComponent({ name: 'StepDialog' }).vm.$emit('done', ordered)
    await flushPromises()
    expect(wrapper.get('[data-testid="danger-manage-type"]').text()).toBe('即查即改')
    expect(wrapper.get('[data-testid="danger-state"]').text()).toBe('0')
    expect(wrapper.findAll('[data-testid^="danger-step-"]').map((button) => button.attributes('data-testid'))).toEqual(['danger-step-rectify'])
  })
})

describe('hidden-danger report form', () => {
  async function mountReport() {
    const pinia = createPinia()
    setActivePinia(pinia)
    applyLocale('zh-CN')
    const router = createRouter({
      history: createMemoryHistory(),
      routes: [
        { path: '/hidden-dangers/report', component: ReportPage },
        { path: '/hidden-dangers/:id', component: { template: '<div />' } }
      ]
    })
    await router.push('/hidden-dangers/report')
    const wrapper = mount(ReportPage, { global: { plugins: [pinia, i18n, router], directives: { perms } } })
    await wrapper.get('[data-testid="report-name"]').setValue(' 泵房报警器失效 ')
    await wrapper.get('[data-testid="report-desc"]').setValue('不报警')
    return { wrapper, router }
  }

  it('sends the report without empty optional fields and opens the reported hidden danger', async () => {
    const report = vi.spyOn(hiddenApi, 'reportHiddenDanger').mockResolvedValue(danger({ id: 'new', status: 'REPORTED' }))
    const { wrapper, router } = await mountReport()
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(report).toHaveBeenCalledWith({ dangerName: '泵房报警器失效', dangerDesc: '不报警', dangerSrc: 1, hazardDangerType: 1, dangerImg: [] })
    expect(router.currentRoute.value.path).toBe('/hidden-dangers/new')
  })
})

describe('four-colour map geometry', () => {
  // a plan of 1,200 × 800 px at 0.25 m a pixel, north up: px = 4x, py = 800 − 4y
  const affine = { a: 4, b: 0, c: 0, d: 0, e: -4, f: 800 }

  it('maps an area from site metres to plan pixels', () => {
    expect(
      svgPoints(
        [
          [30, 105],
          [105, 105],
          [105, 170],
          [30, 170]
        ],
        affine
      )
    ).toBe('120,380 420,380 420,120 120,120')
  })

  it('puts the label at the mean of the vertices and ignores broken ones', () => {
    expect(labelPoint([[0, 0], [10, 0], [10, 10], [0, 10], [5]], affine)).toEqual([20, 780])
    expect(labelPoint([], affine)).toEqual([0, 0])
  })
})
