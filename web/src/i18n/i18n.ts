/**
 * Every string the web app shows lives in src/locales/<language>/<namespace>.json. Indonesian is
 * the default; English is the user's choice, remembered in localStorage. Namespaces load lazily,
 * so a citizen's phone never downloads the officer console's words.
 */
import i18next from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import { setApiLanguage } from '../api/client';

export const LANGUAGES = ['id', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'balaikota.language';

function storedLanguage(): Language {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (stored === 'en' || stored === 'id') return stored;
  } catch {
    // storage may be blocked; Indonesian it is
  }
  return 'id';
}

export async function initI18n(): Promise<typeof i18next> {
  const lng = storedLanguage();
  setApiLanguage(lng);
  document.documentElement.lang = lng;
  await i18next
    .use(resourcesToBackend((language: string, namespace: string) => import(`../locales/${language}/${namespace}.json`)))
    .use(initReactI18next)
    .init({
      lng,
      fallbackLng: 'id',
      supportedLngs: [...LANGUAGES],
      ns: ['common'],
      defaultNS: 'common',
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  return i18next;
}

export async function changeLanguage(lng: Language): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, lng);
  } catch {
    // not remembered, still switched
  }
  setApiLanguage(lng);
  document.documentElement.lang = lng;
  await i18next.changeLanguage(lng);
}
