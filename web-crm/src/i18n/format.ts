import type { CrmLang } from './index';

/** Sailings depart from St Petersburg: times are always shown in Moscow time. */
export const TIME_ZONE = 'Europe/Moscow';

const LOCALES: Record<CrmLang, string> = { ru: 'ru-RU', en: 'en-GB' };

/** Intl formatters are costly to build and immutable: one per language. */
const dateFormats = new Map<CrmLang, Intl.DateTimeFormat>();
const priceFormats = new Map<string, Intl.NumberFormat>();

function memo<K, T>(cache: Map<K, T>, key: K, create: () => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    value = create();
    cache.set(key, value);
  }
  return value;
}

/** An instant (ISO 8601) as a compact Moscow-time date and time, whatever the browser's zone. */
export function formatDateTime(iso: string, lang: CrmLang): string {
  const format = memo(
    dateFormats,
    lang,
    () =>
      new Intl.DateTimeFormat(LOCALES[lang], {
        timeZone: TIME_ZONE,
        weekday: 'short',
        day: '2-digit',
        month: '2-digit',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
      }),
  );
  return format.format(new Date(iso));
}

/** Integer kopecks as roubles; whole roubles without the ",00". */
export function formatPrice(kopecks: number, lang: CrmLang): string {
  const digits = kopecks % 100 === 0 ? 0 : 2;
  const format = memo(
    priceFormats,
    `${lang}:${digits}`,
    () =>
      new Intl.NumberFormat(LOCALES[lang], {
        style: 'currency',
        currency: 'RUB',
        currencyDisplay: 'narrowSymbol',
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      }),
  );
  return format.format(kopecks / 100);
}
