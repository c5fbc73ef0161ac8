import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { createI18n } from 'vue-i18n'
import { AxiosError, AxiosHeaders, type AxiosResponse } from 'axios'
import { http } from '@/shared/http'
import { importRegistry, parseImportRejection } from '@/modules/enterprise/api/registryExcel'
import type { ImportRejection } from '@/modules/enterprise/api/types/registryExcel'
import { summaryRows, toErrorRows } from '@/modules/enterprise/pages/registry-excel/utils/errors'
import { checkUpload } from '@/modules/enterprise/pages/registry-excel/utils/hook'
import RegistryExcelPage from '@/modules/enterprise/pages/registry-excel/index.vue'
import { applyLocale, i18n } from '@/shared/plugins/i18n'
import { perms } from '@/shared/directives/perms'
import { useUserStore } from '@/shared/stores/user'
import type { CurrentUser, Scope } from '@/shared/api/types/auth'
import type { PermissionCode } from '@/shared/api/schemas'
import { areaLocale, type Messages } from './support/locales'

const root = join(__dirname, '..')

/** A rejected import as the server answers it (422), problems in no particular order. */
const rejected = {
  type: 'https://chemsafe.org/problems/rule-violation',
  title: '不符合业务规则',
  status: 422,
  detail: '文件有 3 行共 5 处问题，未导入任何数据，请更正后重新上传',
  errorCount: 5,
  truncated: false,
  errors: [
    { sheet: '储罐', row: 5, column: '容积(m³)', cell: 'D5', field: 'volumeM3', code: 'DecimalMin', message: '必须大于 0' },
    { sheet: '单元', row: 3, column: '单元类型', cell: 'C3', field: 'kind', code: 'unknownValue', message: '“宇宙飞船”不是“单元类型”的可选值' },
    { sheet: '储罐', row: 5, column: '最大充装系数', cell: 'H5', field: 'maxFillRatio', code: 'DecimalMax', message: '必须小于或等于 1' },
    { sheet: '储罐', row: 5, column: null, cell: 'AA5', field: 'note', code: 'x', message: '远处的列' },
    { sheet: '单元', row: 1, column: '单元名称', cell: null, field: 'name', code: 'column.missing', message: '缺少必填列“单元名称”' }
  ]
}

describe('the table of a rejected import', () => {
  it('lists every problem by sheet, row and column, in Chinese as the server wrote it', () => {
    const rejection = parseImportRejection(rejected)
    expect(rejection).not.toBeNull()
    const rows = toErrorRows(rejection as ImportRejection)
    expect(rows.map((row) => [row.sheet, row.row, row.cell, row.column, row.message])).toEqual([
      ['储罐', 5, 'D5', '容积(m³)', '必须大于 0'],
      ['储罐', 5, 'H5', '最大充装系数', '必须小于或等于 1'],
      ['储罐', 5, 'AA5', '', '远处的列'],
      ['单元', 1, '', '单元名称', '缺少必填列“单元名称”'],
      ['单元', 3, 'C3', '单元类型', '“宇宙飞船”不是“单元类型”的可选值']
    ])
    expect(new Set(rows.map((row) => row.key)).size).toBe(rows.length)
  })

  it('reads the problem from a JSON string and skips malformed entries', () => {
    const rejection = parseImportRejection(
      JSON.stringify({ detail: 'x', errors: [{ row: 2, message: 'm', sheet: 's' }, { message: 'no row' }, 'junk'] })
    )
    expect(rejection?.errors).toEqual([{ sheet: 's', row: 2, column: null, cell: null, field: '', code: '', message: 'm' }])
    expect(rejection?.errorCount).toBe(1)
    expect(rejection?.truncated).toBe(false)
    expect(parseImportRejection('not json')).toBeNull()
    expect(parseImportRejection(null)).toBeNull()
  })

  it('summarises an accepted import per sheet', () => {
    const summary = {
      enterpriseId: 'e',
      kind: 'units' as const,
      rows: 3,
      created: 2,
      updated: 1,
      unchanged: 0,
      sheets: []
    }
    expect(summaryRows(summary)).toEqual([{ kind: 'units', sheet: '', rows: 3, created: 2, updated: 1, unchanged: 0 }])
  })

  it('refuses what is surely not an importable file before sending it', () => {
    expect(checkUpload({ name: '单元.xlsx', size: 1000 })).toBe('ok')
    expect(checkUpload({ name: 'UNITS.XLSX', size: 1000 })).toBe('ok')
    expect(checkUpload({ name: '单元.xls', size: 1000 })).toBe('notXlsx')
    expect(checkUpload({ name: 'units.csv', size: 1000 })).toBe('notXlsx')
    expect(checkUpload({ name: 'big.xlsx', size: 6 * 1024 * 1024 })).toBe('tooLarge')
  })
})

describe('importRegistry', () => {
  const originalAdapter = http.defaults.adapter

  afterEach(() => {
    http.defaults.adapter = originalAdapter
  })

  /** Answers every request with the reply, settling by the request's validateStatus as axios does. */
  function answer(status: number, data: unknown): { url?: string; params?: unknown }[] {
    const seen: { url?: string; params?: unknown }[] = []
    http.defaults.adapter = async (config) => {
      seen.push({ url: config.url, params: config.params })
      const response: AxiosResponse = {
        data,
        status,
        statusText: String(status),
        headers: new AxiosHeaders({ 'content-type': 'application/json' }),
        config
      }
      if (!config.validateStatus || config.validateStatus(status)) return response
      throw new AxiosError(`status ${status}`, AxiosError.ERR_BAD_REQUEST, config, null, response)
    }
    return seen
  }

  it('answers a rejection with every problem instead of failing', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/'
    const seen = answer(422, rejected)
    const outcome = await importRegistry('registry', new Blob(['x']), 'enterprise-1')
    expect(outcome.accepted).toBe(false)
    if (!outcome.accepted) expect(outcome.rejection.errors).toHaveLength(5)
    expect(seen[0]?.url).toBe('/api/v1/registry/imports/registry')
    expect(seen[0]?.params).toEqual({ enterpriseId: 'enterprise-1' })
  })

  it('answers the summary of an accepted import', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/'
    answer(200, { enterpriseId: 'e', kind: 'units', rows: 1, created: 1, updated: 0, unchanged: 0, sheets: [] })
    const outcome = await importRegistry('units', new Blob(['x']))
    expect(outcome).toMatchObject({ accepted: true, summary: { created: 1 } })
  })
})

describe('registry-excel locale files', () => {
  const load = (locale: string): Messages => areaLocale('enterprise', 'registryExcel', locale)
  function flatten(messages: Messages, prefix = ''): Map<string, string> {
    const result = new Map<string, string>()
    for (const [key, value] of Object.entries(messages)) {
      const path = prefix ? `${prefix}.${key}` : key
      if (typeof value === 'string') result.set(path, value)
      else for (const [k, v] of flatten(value, path)) result.set(k, v)
    }
    return result
  }
  const zh = flatten(load('zh-CN'))
  const en = flatten(load('en'))

  function walk(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => {
      const path = join(dir, name)
      return statSync(path).isDirectory() ? walk(path) : [path]
    })
  }

  it('own only the registryExcel key and define the same keys in both languages', () => {
    expect(Object.keys(load('zh-CN'))).toEqual(['registryExcel'])
    expect(Object.keys(load('en'))).toEqual(['registryExcel'])
    expect([...zh.keys()].filter((key) => !en.has(key))).toEqual([])
    expect([...en.keys()].filter((key) => !zh.has(key))).toEqual([])
  })

  it('have every key the page uses, and every message compiles', () => {
    const sources = [
      ...walk(join(root, 'src', 'modules', 'enterprise', 'pages', 'registry-excel')),
      join(root, 'src', 'modules', 'enterprise', 'routes.ts')
    ]
    const used = new Set<string>()
    for (const file of sources) {
      const text = readFileSync(file, 'utf8')
      for (const match of text.matchAll(/'(registryExcel\.[A-Za-z0-9_.]+)'/g)) used.add(match[1] ?? '')
      for (const match of text.matchAll(/`(registryExcel\.[A-Za-z0-9_.]+)\.\$\{/g)) {
        const prefix = match[1] ?? ''
        expect(
          [...zh.keys()].some((key) => key.startsWith(`${prefix}.`)),
          prefix
        ).toBe(true)
      }
    }
    expect([...used].filter((key) => !zh.has(key))).toEqual([])
    for (const kind of ['units', 'tanks', 'inventory', 'registry']) expect(zh.has(`registryExcel.kind.${kind}`)).toBe(true)
    for (const verdict of ['notXlsx', 'tooLarge']) expect(zh.has(`registryExcel.import.${verdict}`)).toBe(true)
    const i18n = createI18n({ legacy: false, locale: 'zh-CN', messages: { 'zh-CN': load('zh-CN'), en: load('en') } })
    const named = { kind: 'k', max: 5000, rows: 1, created: 1, updated: 1, unchanged: 1, count: 1, shown: 1 }
    for (const [locale, messages] of [
      ['zh-CN', zh],
      ['en', en]
    ] as const) {
      i18n.global.locale.value = locale
      for (const [key, message] of messages) {
        expect(message, key).not.toContain('|')
        expect(() => i18n.global.t(key, named), `${locale}:${key}`).not.toThrow()
        expect(i18n.global.t(key, named), `${locale}:${key}`).not.toContain('{')
      }
    }
  })
})

describe('the import and export page', () => {
  let pinia: Pinia
  const originalAdapter = http.defaults.adapter

  beforeEach(() => {
    pinia = createPinia()
    setActivePinia(pinia)
    applyLocale('zh-CN')
  })

  afterEach(() => {
    http.defaults.adapter = originalAdapter
  })

  function signIn(scope: Scope, permissions: PermissionCode[]): void {
    const user: CurrentUser = {
      id: 'u1',
      username: 'safety',
      displayName: '周安全',
      roles: [{ code: 'SAFETY_MANAGER', name: '安全管理人员' }],
      permissions,
      scope
    }
    useUserStore().setUser(user)
  }

  function render() {
    return mount(RegistryExcelPage, {
      global: { plugins: [pinia, i18n], directives: { perms } }
    })
  }

  const enterprise: Scope = { kind: 'ENTERPRISE', regionCode: null, regionName: null, enterpriseId: 'e1', enterpriseName: '枣庄示范化工有限公司' }

  it('offers templates, the import and the exports to a safety manager', async () => {
    signIn(enterprise, ['unit:read', 'unit:write', 'enterprise:read'])
    const page = render()
    await flushPromises()
    for (const id of [
      'template-download-units',
      'template-download-tanks',
      'template-download-inventory',
      'import-kind',
      'import-upload',
      'export-units',
      'export-enterprises'
    ]) {
      expect(page.find(`[data-testid="${id}"]`).exists(), id).toBe(true)
    }
    expect(page.get('[data-testid="template-download-units"]').text()).toBe('危险单元模板')
    expect(page.find('[data-testid="registry-excel-enterprise"]').exists()).toBe(false)
    expect(page.find('[data-testid="import-errors"]').exists()).toBe(false)
    expect((page.get('[data-testid="import-upload"]').element.closest('.page-card') as HTMLElement).style.display).toBe('')
  })

  it('hides the import from users who may only read', async () => {
    signIn(enterprise, ['unit:read', 'enterprise:read'])
    const page = render()
    await flushPromises()
    expect((page.get('[data-testid="import-upload"]').element.closest('.page-card') as HTMLElement).style.display).toBe('none')
    expect(page.find('[data-testid="export-units"]').exists()).toBe(true)
  })

  it('asks platform and government users for the enterprise', async () => {
    http.defaults.adapter = async (config) => ({
      data: { content: [], page: 0, size: 30, totalElements: 0, totalPages: 0 },
      status: 200,
      statusText: '200',
      headers: new AxiosHeaders(),
      config
    })
    signIn({ kind: 'REGION', regionCode: '370406102', regionName: '西集镇', enterpriseId: null, enterpriseName: null }, [
      'unit:read',
      'enterprise:read'
    ])
    const page = render()
    await flushPromises()
    expect(page.find('[data-testid="registry-excel-enterprise"]').exists()).toBe(true)
  })

  it('lists every bad cell of a rejected file in a table', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/'
    http.defaults.adapter = async (config) => ({
      data: rejected,
      status: 422,
      statusText: '422',
      headers: new AxiosHeaders({ 'content-type': 'application/problem+json' }),
      config
    })
    signIn(enterprise, ['unit:read', 'unit:write', 'enterprise:read'])
    const page = render()
    await flushPromises()
    const input = page.get('[data-testid="import-upload"] input[type="file"]')
    const file = new File(['x'], '单元.xlsx', { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' })
    Object.defineProperty(input.element, 'files', { value: [file], configurable: true })
    await input.trigger('change')
    await flushPromises()
    const errors = page.get('[data-testid="import-errors"]')
    expect(errors.text()).toContain(rejected.detail)
    expect(errors.text()).toContain('容积(m³)')
    expect(errors.text()).toContain('“宇宙飞船”不是“单元类型”的可选值')
    expect(errors.findAll('tbody tr')).toHaveLength(5)
    expect(page.find('[data-testid="import-summary"]').exists()).toBe(false)
  })
})
