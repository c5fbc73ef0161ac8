/** Shape of a locale file (`<locale>.yaml` under `src/shared/locales` or a module's `locales`): nested maps of message strings. */
export interface LocaleMessageDictionary {
  [key: string]: string | LocaleMessageDictionary
}
