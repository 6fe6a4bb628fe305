import type { Lang } from '@prichal/sdk';
import i18n from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import en from './locales/en.json';
import ru from './locales/ru.json';

/** The CRM's languages, in the order the switcher lists them; RU is the default. */
export const LANGUAGES = ['ru', 'en'] as const satisfies readonly Lang[];
export type CrmLang = (typeof LANGUAGES)[number];
export const DEFAULT_LANG: CrmLang = 'ru';

/** Each language's name in itself, for the switcher. */
export const LANGUAGE_NAMES: Record<CrmLang, string> = { ru: 'Русский', en: 'English' };

const STORAGE_KEY = 'prichal.crm.lang';

export const resources = {
  ru: { translation: ru },
  en: { translation: en },
} as const;

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: (typeof resources)['ru'];
  }
}

export function isCrmLang(value: unknown): value is CrmLang {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

function readStoredLang(): CrmLang {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isCrmLang(stored) ? stored : DEFAULT_LANG;
  } catch {
    return DEFAULT_LANG; // storage disabled
  }
}

function applyLang(lang: string): void {
  if (!isCrmLang(lang)) return;
  document.documentElement.lang = lang;
  try {
    window.localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Not persisted; the choice still holds for this visit.
  }
}

/** Sets up i18next once, before the first render; resources are bundled, so it is synchronous. */
export function initI18n(): typeof i18n {
  i18n.on('languageChanged', applyLang);
  void i18n.use(initReactI18next).init({
    resources,
    lng: readStoredLang(),
    fallbackLng: DEFAULT_LANG,
    supportedLngs: LANGUAGES,
    initAsync: false,
    interpolation: { escapeValue: false }, // React escapes
  });
  return i18n;
}

/** The current language outside React (e.g. for the API client's Accept-Language). */
export function currentLang(): CrmLang {
  return isCrmLang(i18n.resolvedLanguage) ? i18n.resolvedLanguage : DEFAULT_LANG;
}

/** The current language; re-renders the component when it changes. */
export function useLang(): CrmLang {
  const { i18n: instance } = useTranslation();
  return isCrmLang(instance.resolvedLanguage) ? instance.resolvedLanguage : DEFAULT_LANG;
}

/**
 * A key built at run time (an audit action, an order status from the server): its text when
 * the locale has it, else `fallback`. The typed `t` takes only literal keys, hence the loose view.
 */
export function translateOr(key: string, fallback: string, options?: Record<string, unknown>): string {
  return i18n.exists(key) ? translate(key, options) : fallback;
}

/** `t` for a key known to exist but not literal here (e.g. an error key with the problem's params). */
export function translate(key: string, options?: Record<string, unknown>): string {
  const looseT = i18n.t.bind(i18n) as (key: string, options?: Record<string, unknown>) => string;
  return looseT(key, options);
}
