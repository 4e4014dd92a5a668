import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '../../shared/i18n/en.json';
import th from '../../shared/i18n/th.json';
import type { LocalizedText } from '../../shared/api/api-result';

export type Language = 'th' | 'en';
const languageKey = 'swf-language';

export function savedLanguage(): Language {
  return localStorage.getItem(languageKey) === 'en' ? 'en' : 'th';
}

/** Thai first (Decision 20); the same translation files as the backend, with the UI's strings under "ui". */
export function setupI18n(): void {
  void i18next.use(initReactI18next).init({
    lng: savedLanguage(),
    fallbackLng: 'th',
    resources: { th: { translation: th }, en: { translation: en } },
    interpolation: { escapeValue: false },
    initAsync: false,
  });
}

export function switchLanguage(language: Language): void {
  localStorage.setItem(languageKey, language);
  void i18next.changeLanguage(language);
}

/** A UI message in both languages, for errors made on this side of the transport. */
export function bothLanguages(key: string): LocalizedText {
  return { th: i18next.getFixedT('th')(key), en: i18next.getFixedT('en')(key) };
}
