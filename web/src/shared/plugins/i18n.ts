import { createI18n } from 'vue-i18n'

export type Messages = { [key: string]: string | Messages }

/**
 * Locale files: `src/shared/locales/<locale>.yaml` for the shell and `src/modules/<module>/locales/<locale>.yaml` for
 * each module, found by convention, so that modules add their texts without touching each other's files. Each module
 * owns its top-level keys and adds its menu titles under `menu`.
 */
const localeFiles = import.meta.glob<Messages>(['/src/shared/locales/*.yaml', '/src/modules/*/locales/*.yaml'], {
  eager: true,
  import: 'default'
})

function mergeInto(target: Messages, source: Messages): Messages {
  for (const [key, value] of Object.entries(source)) {
    const existing = target[key]
    target[key] = typeof value === 'object' && typeof existing === 'object' ? mergeInto({ ...existing }, value) : value
  }
  return target
}

export function messagesFor(locale: string, files: Record<string, Messages> = localeFiles): Messages {
  return Object.entries(files)
    .filter(([path]) => path.endsWith(`/${locale}.yaml`))
    .sort(([a], [b]) => a.localeCompare(b))
    .reduce<Messages>((merged, [, messages]) => mergeInto(merged, messages), {})
}

export const SUPPORTED_LOCALES = ['zh-CN', 'en'] as const
export type AppLocale = (typeof SUPPORTED_LOCALES)[number]
export const DEFAULT_LOCALE: AppLocale = 'zh-CN'
export const LOCALE_STORAGE_KEY = 'chemsafe.locale'

export function isAppLocale(value: unknown): value is AppLocale {
  return typeof value === 'string' && (SUPPORTED_LOCALES as readonly string[]).includes(value)
}

function readStoredLocale(): AppLocale {
  try {
    const stored = globalThis.localStorage?.getItem(LOCALE_STORAGE_KEY)
    return isAppLocale(stored) ? stored : DEFAULT_LOCALE
  } catch {
    return DEFAULT_LOCALE
  }
}

export const i18n = createI18n({
  legacy: false,
  globalInjection: true,
  locale: readStoredLocale(),
  fallbackLocale: DEFAULT_LOCALE,
  messages: { 'zh-CN': messagesFor('zh-CN'), en: messagesFor('en') },
  missingWarn: import.meta.env.DEV,
  fallbackWarn: false
})

export function getLocale(): AppLocale {
  const current = i18n.global.locale.value
  return isAppLocale(current) ? current : DEFAULT_LOCALE
}

/** Translate outside of components (stores, http wrapper, router guards). */
export function translate(key: string, named?: Record<string, string | number>): string {
  return named ? i18n.global.t(key, named) : i18n.global.t(key)
}

/** Switches vue-i18n, the `<html lang>` attribute and the document title. */
export function applyLocale(locale: AppLocale): void {
  i18n.global.locale.value = locale
  if (typeof document !== 'undefined') {
    document.documentElement.lang = locale
    document.title = translate('app.documentTitle')
  }
}
