import type { ShopLang } from './index';

/** Sailings depart from St Petersburg: times are always shown in Moscow time. */
export const TIME_ZONE = 'Europe/Moscow';

const LOCALES: Record<ShopLang, string> = { ru: 'ru-RU', en: 'en-GB', zh: 'zh-CN' };

/** Intl formatters are costly to build and immutable: one per language and options. */
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function memo<T>(cache: Map<string, T>, key: string, create: () => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    value = create();
    cache.set(key, value);
  }
  return value;
}

function numberFormat(lang: ShopLang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return memo(numberFormats, `${lang}:${JSON.stringify(options)}`, () => new Intl.NumberFormat(LOCALES[lang], options));
}

function dateFormat(lang: ShopLang, name: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return memo(dateFormats, `${lang}:${name}`, () => new Intl.DateTimeFormat(LOCALES[lang], { timeZone: TIME_ZONE, ...options }));
}

/** An instant (ISO 8601) as a Moscow-time date and time, whatever the browser's zone. */
export function formatDateTime(iso: string, lang: ShopLang): string {
  return dateFormat(lang, 'dateTime', { weekday: 'short', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
}

/** A deadline as "12 June 18:30" (Moscow time): the refund cutoff. */
export function formatDeadline(iso: string, lang: ShopLang): string {
  const instant = new Date(iso);
  // Date and time apart: the joint pattern adds "at" / "в", the shop's wording has none.
  const day = dateFormat(lang, 'dayMonth', { day: 'numeric', month: 'long' }).format(instant);
  return `${day} ${formatTime(iso, lang)}`;
}

/** "18:30", Moscow time. */
export function formatTime(iso: string, lang: ShopLang): string {
  return dateFormat(lang, 'time', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));
}

/** Time left as "14:05" (minutes:seconds), for hold countdowns; never negative. */
export function formatCountdown(ms: number): string {
  // Rounded: a hold of 15 minutes reads 15:00 even when the two clocks differ by a few ms.
  const total = Math.max(0, Math.round(ms / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${minutes}:${String(seconds).padStart(2, '0')}`;
}

/** A VAT rate as "20 %" / "20%" per locale. */
export function formatPercent(percent: number, lang: ShopLang): string {
  return numberFormat(lang, { style: 'percent', maximumFractionDigits: 2 }).format(percent / 100);
}

/** Integer kopecks as roubles; whole roubles without the ",00". */
export function formatPrice(kopecks: number, lang: ShopLang): string {
  const digits = kopecks % 100 === 0 ? 0 : 2;
  return numberFormat(lang, {
    style: 'currency',
    currency: 'RUB',
    currencyDisplay: 'narrowSymbol',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(kopecks / 100);
}

/** Minutes as "1 ч 30 мин" / "1 hr 30 min" / "1小时30分钟". */
export function formatDuration(minutes: number, lang: ShopLang): string {
  const unit = (name: 'hour' | 'minute', value: number) =>
    numberFormat(lang, { style: 'unit', unit: name, unitDisplay: 'short' }).format(value);
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const parts: string[] = [];
  if (hours > 0) parts.push(unit('hour', hours));
  if (rest > 0 || hours === 0) parts.push(unit('minute', rest));
  return parts.join(lang === 'zh' ? '' : ' ');
}
