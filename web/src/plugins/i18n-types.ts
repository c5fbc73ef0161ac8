/** Shape of a locale file (`locales/*.yaml`): nested maps of message strings. */
export interface LocaleMessageDictionary {
  [key: string]: string | LocaleMessageDictionary
}
