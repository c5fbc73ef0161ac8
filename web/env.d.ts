/// <reference types="vite/client" />

declare module '*.yaml' {
  import type { LocaleMessageDictionary } from '@/plugins/i18n-types'
  const messages: LocaleMessageDictionary
  export default messages
}
