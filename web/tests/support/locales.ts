import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'

export type Messages = { [key: string]: string | Messages }

const src = join(__dirname, '..', '..', 'src')

/** One module's locale file, `src/modules/<module>/locales/<locale>.yaml`. */
export function moduleLocale(module: string, locale: string): Messages {
  return parse(readFileSync(join(src, 'modules', module, 'locales', `${locale}.yaml`), 'utf8')) as Messages
}

/** The messages of one area (one top-level key) of a module's locale file. */
export function areaLocale(module: string, key: string, locale: string): Messages {
  const messages = moduleLocale(module, locale)[key]
  return typeof messages === 'object' ? { [key]: messages } : {}
}
