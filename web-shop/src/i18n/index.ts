import type { Lang } from '@prichal/sdk';
import i18n from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import en from './locales/en.json';
import ru from './locales/ru.json';
import zh from './locales/zh.json';

/** The shop's languages, in the order the switcher lists them; RU is the default. */
export const LANGUAGES = ['ru', 'en', 'zh'] as const satisfies readonly Lang[];
export type ShopLang = (typeof LANGUAGES)[number];
export const DEFAULT_LANG: ShopLang = 'ru';

/** Each language's name in itself, for the switcher. */
export const LANGUAGE_NAMES: Record<ShopLang, string> = { ru: 'Русский', en: 'English', zh: '中文' };

const STORAGE_KEY = 'prichal.shop.lang';

export const resources = {
  ru: { translation: ru },
  en: { translation: en },
  zh: { translation: zh },
} as const;

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: (typeof resources)['ru'];
  }
}

export function isShopLang(value: unknown): value is ShopLang {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

function readStoredLang(): ShopLang {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isShopLang(stored) ? stored : DEFAULT_LANG;
  } catch {
    return DEFAULT_LANG; // storage disabled (private mode, sandboxed iframe)
  }
}

function applyLang(lang: string): void {
  if (!isShopLang(lang)) return;
  document.documentElement.lang = lang;
  try {
    window.localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Not persisted; the choice still holds for this visit.
  }
}

/** Keys looked up in a language that lacks them (a fallback hid it, or nothing had it). */
const missing = new Set<string>();

/** The keys missing so far in this page's life, as `lang:key` (the browser tests read this). */
export function missingTranslations(): string[] {
  return [...missing];
}

/**
 * Reports every lookup the current language cannot answer by itself: i18next would quietly
 * show the Russian fallback (or the bare key), so say it loudly — the browser tests fail on it.
 */
const missingKeyReporter = {
  type: 'postProcessor' as const,
  name: 'missingKeyReporter',
  process(value: string, key: string | string[], options: Record<string, unknown>) {
    const lang = typeof options.lng === 'string' ? options.lng : i18n.resolvedLanguage;
    const keys = Array.isArray(key) ? key : [key];
    if (lang && !keys.some((k) => i18n.exists(k, { ...options, lng: lang, fallbackLng: false }))) {
      const id = `${lang}:${keys.join('|')}`;
      if (!missing.has(id)) {
        missing.add(id);
        console.error(`Missing translation ${id}`);
      }
    }
    return value;
  },
};

/** Sets up i18next once, before the first render; resources are bundled, so it is synchronous. */
export function initI18n(): typeof i18n {
  i18n.on('languageChanged', applyLang);
  void i18n
    .use(initReactI18next)
    .use(missingKeyReporter)
    .init({
      resources,
      lng: readStoredLang(),
      fallbackLng: DEFAULT_LANG,
      supportedLngs: LANGUAGES,
      initAsync: false,
      postProcess: ['missingKeyReporter'],
      interpolation: { escapeValue: false }, // React escapes
    });
  applyLang(i18n.resolvedLanguage ?? DEFAULT_LANG);
  (window as Window & { __prichalMissingTranslations?: () => string[] }).__prichalMissingTranslations = missingTranslations;
  return i18n;
}

/** The current language outside React (e.g. for the API client's Accept-Language). */
export function currentLang(): ShopLang {
  return isShopLang(i18n.resolvedLanguage) ? i18n.resolvedLanguage : DEFAULT_LANG;
}

/** The current language; re-renders the component when it changes. */
export function useLang(): ShopLang {
  const { i18n: instance } = useTranslation();
  return isShopLang(instance.resolvedLanguage) ? instance.resolvedLanguage : DEFAULT_LANG;
}
