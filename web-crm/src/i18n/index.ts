import type { Lang } from '@prichal/sdk';
import i18n, { type BackendModule, type ResourceKey } from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import type ru from './locales/ru.json';

/** The CRM's languages, in the order the switcher lists them; RU is the default. */
export const LANGUAGES = ['ru', 'en'] as const satisfies readonly Lang[];
export type CrmLang = (typeof LANGUAGES)[number];
export const DEFAULT_LANG: CrmLang = 'ru';

/** Each language's name in itself, for the switcher. */
export const LANGUAGE_NAMES: Record<CrmLang, string> = { ru: 'Русский', en: 'English' };

const STORAGE_KEY = 'prichal.crm.lang';

/**
 * Each language's texts are a chunk of their own, fetched when chosen: the first visit downloads
 * only the language it is shown in.
 */
const LOCALES: Record<CrmLang, () => Promise<{ default: ResourceKey }>> = {
  ru: () => import('./locales/ru.json'),
  en: () => import('./locales/en.json'),
};

const localeLoader: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, _namespace, callback) {
    if (!isCrmLang(language)) return callback(new Error(`No CRM locale ${language}`), false);
    LOCALES[language]().then(
      (module) => callback(null, module.default),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof ru };
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

/**
 * Sets up i18next once; render after it resolves, when the chosen language's texts are here.
 * A language switch loads the other texts first, then re-renders.
 */
export async function initI18n(): Promise<typeof i18n> {
  i18n.on('languageChanged', applyLang);
  await i18n.use(localeLoader).use(initReactI18next).init({
    lng: readStoredLang(),
    // No fallback language: locales.test.ts keeps every locale complete, and a fallback would
    // make an English user download the Russian texts as well.
    fallbackLng: false,
    supportedLngs: LANGUAGES,
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
