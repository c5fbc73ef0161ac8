import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { createI18n } from 'vue-i18n'
import { ROLE_CODES } from '@/modules/identity/api/types/role'
import { ENTERPRISE_KINDS } from '@/modules/enterprise/api/types/enterprise'
import { AUDIT_OUTCOMES } from '@/modules/identity/api/types/audit'
import { API_TOKEN_PURPOSES } from '@/modules/identity/api/types/apiToken'
import type { LocaleMessageDictionary } from '@/shared/plugins/i18n-types'
import { messagesFor, type Messages } from '@/shared/plugins/i18n'

const root = join(__dirname, '..')
const srcDir = join(root, 'src')

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? walk(path) : [path]
  })
}

// The generated API types (from the OpenAPI document) are not hand-written sources.
const sources = walk(srcDir).filter((path) => /\.(ts|vue)$/.test(path) && !path.endsWith('schema.d.ts'))
const read = (path: string): string => readFileSync(path, 'utf8')

/** The shell's locale file merged with every module's (`src/modules/<module>/locales/<locale>.yaml`), as the app loads them. */
function loadLocale(name: string): LocaleMessageDictionary {
  const files = walk(srcDir).filter((path) => path.endsWith(`${join('locales', name)}.yaml`))
  const parsed = Object.fromEntries(files.map((path) => [relative(root, path), parse(read(path)) as Messages]))
  return messagesFor(name, parsed) as LocaleMessageDictionary
}

function flatten(messages: LocaleMessageDictionary, prefix = ''): Map<string, string> {
  const result = new Map<string, string>()
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'string') result.set(path, value)
    else for (const [k, v] of flatten(value, path)) result.set(k, v)
  }
  return result
}

const zh = flatten(loadLocale('zh-CN'))
const en = flatten(loadLocale('en'))

describe('locale files', () => {
  it('each top-level key is owned by one file (modules add their menu titles under menu)', () => {
    const owners = new Map<string, string[]>()
    for (const path of walk(srcDir).filter((file) => file.endsWith(join('locales', 'zh-CN.yaml')))) {
      for (const key of Object.keys(parse(read(path)) as Messages)) {
        if (key !== 'menu') owners.set(key, [...(owners.get(key) ?? []), relative(root, path)])
      }
    }
    expect([...owners].filter(([, files]) => files.length > 1)).toEqual([])
  })

  it('zh-CN and en define exactly the same keys', () => {
    const onlyZh = [...zh.keys()].filter((key) => !en.has(key))
    const onlyEn = [...en.keys()].filter((key) => !zh.has(key))
    expect({ onlyZh, onlyEn }).toEqual({ onlyZh: [], onlyEn: [] })
  })

  it('every message compiles and none uses the plural separator by accident', () => {
    const i18n = createI18n({
      legacy: false,
      locale: 'zh-CN',
      messages: { 'zh-CN': loadLocale('zh-CN'), en: loadLocale('en') }
    })
    const named = { name: 'x', time: 't', min: 8, max: 64, status: 500, region: 'r', count: 3 }
    for (const [locale, messages] of [
      ['zh-CN', zh],
      ['en', en]
    ] as const) {
      i18n.global.locale.value = locale
      for (const [key, message] of messages) {
        expect(message, key).not.toContain('|')
        expect(() => i18n.global.t(key, named), `${locale}:${key}`).not.toThrow()
      }
    }
  })

  it('has labels for every enumerated server value', () => {
    const families: [string, readonly string[]][] = [
      ['role', ROLE_CODES],
      ['enterprise.kind', ENTERPRISE_KINDS],
      ['audit.outcome', AUDIT_OUTCOMES],
      ['apiToken.purpose', API_TOKEN_PURPOSES],
      ['apiToken.status', ['ACTIVE', 'REVOKED', 'EXPIRED']],
      ['scope.kind', ['PLATFORM', 'REGION', 'ENTERPRISE']]
    ]
    for (const [prefix, values] of families) {
      for (const value of values) {
        expect(zh.has(`${prefix}.${value}`), `zh-CN ${prefix}.${value}`).toBe(true)
        expect(en.has(`${prefix}.${value}`), `en ${prefix}.${value}`).toBe(true)
      }
    }
  })

  it('uses the glossary terms in Chinese', () => {
    expect(zh.get('role.ENTERPRISE_PRINCIPAL')).toBe('主要负责人')
    expect(zh.get('role.SAFETY_MANAGER')).toBe('安全管理人员')
    expect(zh.get('role.SHIFT_LEADER')).toBe('班长')
    expect(zh.get('role.OPERATOR')).toBe('操作人员')
    expect(zh.get('role.CONTRACTOR')).toBe('承包商人员')
    expect(zh.get('role.PLATFORM_ADMIN')).toBe('平台管理员')
    expect(zh.get('role.REGION_SUPERVISOR')).toBe('区域监管人员')
    expect(zh.get('enterprise.kind.STORAGE_TRADING')).toBe('储存经营企业')
    expect(zh.get('menu.audit')).toBe('审计日志')
    expect(zh.get('menu.apiTokens')).toBe('接口令牌')
    expect(zh.get('menu.system')).toBe('系统管理')
    expect(zh.get('scope.platform')).toBe('全平台')
  })
})

describe('source files', () => {
  it('use only i18n keys that exist', () => {
    const missing: string[] = []
    const keyPattern = /(?:\$t|\bt|translate)\(\s*'([A-Za-z0-9_.-]+)'/g
    const titlePattern = /\btitle:\s*'([A-Za-z0-9_.-]+)'/g
    for (const file of sources) {
      const text = read(file)
      for (const match of text.matchAll(keyPattern)) {
        const key = match[1] ?? ''
        if (!zh.has(key)) missing.push(`${relative(root, file)}: ${key}`)
      }
      if (file.includes(join('src', 'shared', 'router')) || file.endsWith('routes.ts')) {
        for (const match of text.matchAll(titlePattern)) {
          const key = match[1] ?? ''
          if (!zh.has(key)) missing.push(`${relative(root, file)}: ${key}`)
        }
      }
    }
    expect(missing).toEqual([])
  })

  it('contain no Chinese text (all text lives in locales/)', () => {
    const offenders = sources.filter((file) => /[\u3400-\u9fff\uff00-\uffef]/.test(read(file))).map((file) => relative(root, file))
    expect(offenders).toEqual([])
  })

  it('have no literal text in templates', () => {
    const tag = /<\/?[A-Za-z][^"'>]*(?:(?:"[^"]*"|'[^']*')[^"'>]*)*>/g
    const staticTextAttr =
      /\s(?:placeholder|title|label|content|alt|aria-label|start-placeholder|end-placeholder|range-separator|sub-title)="[^"]*[A-Za-z][^"]*"/g
    const offenders: string[] = []
    for (const file of sources.filter((path) => path.endsWith('.vue'))) {
      const text = read(file)
      const start = text.indexOf('<template>')
      const end = text.lastIndexOf('</template>')
      if (start < 0) continue
      const template = text.slice(start, end + '</template>'.length).replace(/<!--[\s\S]*?-->/g, '')
      const bare = template.replace(tag, ' ').replace(/\{\{[\s\S]*?\}\}/g, ' ')
      const words = bare.match(/[A-Za-z][A-Za-z ]*/g)
      if (words) offenders.push(`${relative(root, file)}: ${words.join(', ')}`)
      for (const match of template.matchAll(staticTextAttr)) offenders.push(`${relative(root, file)}: ${match[0].trim()}`)
    }
    expect(offenders).toEqual([])
  })

  it('give every page a component name', () => {
    const pages = sources.filter((path) => path.includes(`${join('', 'pages', '')}`) && path.endsWith('.vue'))
    const unnamed = pages.filter((file) => !/defineOptions\(\{\s*name:/.test(read(file))).map((file) => relative(root, file))
    expect(unnamed).toEqual([])
  })
})
