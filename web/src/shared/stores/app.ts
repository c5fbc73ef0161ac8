import { defineStore } from 'pinia'
import { ref } from 'vue'
import { applyLocale, getLocale, LOCALE_STORAGE_KEY, type AppLocale } from '@/shared/plugins/i18n'

export const SIDEBAR_STORAGE_KEY = 'chemsafe.sidebarCollapsed'

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null
  } catch {
    return null
  }
}

/** App-wide UI state: locale (persisted), sidebar collapsed (persisted), mobile drawer. */
export const useAppStore = defineStore('app', () => {
  const locale = ref<AppLocale>(getLocale())
  const sidebarCollapsed = ref(storage()?.getItem(SIDEBAR_STORAGE_KEY) === '1')
  const drawerOpen = ref(false)

  function setLocale(next: AppLocale): void {
    locale.value = next
    applyLocale(next)
    storage()?.setItem(LOCALE_STORAGE_KEY, next)
  }

  function toggleLocale(): void {
    setLocale(locale.value === 'zh-CN' ? 'en' : 'zh-CN')
  }

  function toggleSidebar(): void {
    sidebarCollapsed.value = !sidebarCollapsed.value
    storage()?.setItem(SIDEBAR_STORAGE_KEY, sidebarCollapsed.value ? '1' : '0')
  }

  function setDrawer(open: boolean): void {
    drawerOpen.value = open
  }

  return { locale, sidebarCollapsed, drawerOpen, setLocale, toggleLocale, toggleSidebar, setDrawer }
})
