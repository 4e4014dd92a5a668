import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import th from '../../shared/i18n/th.json';
import type { LocalizedText } from '../../shared/api/api-result';

export type Language = 'th' | 'en';
const languageKey = 'swf-language';

export function savedLanguage(): Language {
  return localStorage.getItem(languageKey) === 'en' ? 'en' : 'th';
}

/**
 * English is a chunk of its own: Thai is always needed (it is the fallback), English only once a treasurer
 * chooses it, so the first screen's script carries one language.
 */
async function loadEnglish(): Promise<void> {
  if (i18next.hasResourceBundle('en', 'translation')) return;
  const english = await import('../../shared/i18n/en.json');
  i18next.addResourceBundle('en', 'translation', english.default);
}

/**
 * Thai first (Decision 20); the same translation files as the backend, with the UI's strings under "ui".
 * Resolves once the saved language's strings are in, so the first screen never shows a key.
 */
export async function setupI18n(): Promise<void> {
  const language = savedLanguage();
  await i18next.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'th',
    resources: { th: { translation: th } },
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  // If English cannot load, the screens show Thai (the fallback) rather than nothing.
  if (language === 'en') await loadEnglish().catch(() => undefined);
}

export async function switchLanguage(language: Language): Promise<void> {
  localStorage.setItem(languageKey, language);
  if (language === 'en') await loadEnglish();
  await i18next.changeLanguage(language);
}

/**
 * A UI message in both languages, for errors made on this side of the transport. Until English is loaded its
 * half is the Thai text (i18next's fallback): nobody is reading English then, and a message about a server
 * that has gone away cannot wait for a chunk from it.
 */
export function bothLanguages(key: string): LocalizedText {
  return { th: i18next.getFixedT('th')(key), en: i18next.getFixedT('en')(key) };
}
