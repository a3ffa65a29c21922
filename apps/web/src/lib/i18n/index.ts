import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

type Resources = Record<string, Record<string, Record<string, unknown>>>;

// Every feature owns its namespace: src/locales/<lng>/<namespace>.json.
const files = import.meta.glob<{ default: Record<string, unknown> }>('../../locales/*/*.json', {
  eager: true,
});
const resources: Resources = {};
for (const [path, mod] of Object.entries(files)) {
  const match = /locales\/(\w+)\/([\w-]+)\.json$/.exec(path);
  if (!match) continue;
  const [, lng, ns] = match as unknown as [string, string, string];
  (resources[lng] ??= {})[ns] = mod.default;
}

export const i18n = i18next.createInstance();
// The page's language follows the UI's, so screen readers pronounce English as English.
i18n.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
});
void i18n.use(initReactI18next).init({
  resources,
  lng: localStorage.getItem('ps.language') ?? 'de',
  fallbackLng: 'de',
  defaultNS: 'common',
  ns: Object.keys(resources.de ?? {}),
  interpolation: { escapeValue: false },
  returnNull: false,
});

export const languages = ['de', 'en'] as const;
export type UiLanguage = (typeof languages)[number];

export function setUiLanguage(lng: UiLanguage) {
  localStorage.setItem('ps.language', lng);
  void i18n.changeLanguage(lng);
}
