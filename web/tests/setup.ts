import { afterEach } from 'vitest'
import { AxiosError } from 'axios'
import { http } from '@/shared/http'

// No real network in unit tests: anything not stubbed by a test fails like an unreachable server.
http.defaults.adapter = async (config) => {
  throw new AxiosError(`unexpected request in test: ${config.url ?? ''}`, AxiosError.ERR_NETWORK, config)
}

// jsdom has no matchMedia; the layout uses it to detect phone widths.
if (typeof window.matchMedia !== 'function') {
  Object.defineProperty(window, 'matchMedia', {
    configurable: true,
    writable: true,
    value: (query: string): MediaQueryList => ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false
    })
  })
}

afterEach(() => {
  document.cookie.split(';').forEach((part) => {
    const name = part.split('=')[0]?.trim()
    if (name) document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`
  })
  localStorage.clear()
})
