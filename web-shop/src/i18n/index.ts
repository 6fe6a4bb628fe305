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
export function currentLang(): ShopLang {
  return isShopLang(i18n.resolvedLanguage) ? i18n.resolvedLanguage : DEFAULT_LANG;
}

/** The current language; re-renders the component when it changes. */
export function useLang(): ShopLang {
  const { i18n: instance } = useTranslation();
  return isShopLang(instance.resolvedLanguage) ? instance.resolvedLanguage : DEFAULT_LANG;
}
