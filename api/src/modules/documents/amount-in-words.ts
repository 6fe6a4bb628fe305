import { assertKopecks, type Kopecks } from '../../platform/money';

type Gender = 'm' | 'f';
/** Singular, few (2–4), many (5–20, 0): "рубль", "рубля", "рублей". */
type Forms = readonly [string, string, string];

const UNITS: Record<Gender, readonly string[]> = {
  m: ['', 'один', 'два', 'три', 'четыре', 'пять', 'шесть', 'семь', 'восемь', 'девять'],
  f: ['', 'одна', 'две', 'три', 'четыре', 'пять', 'шесть', 'семь', 'восемь', 'девять'],
};
const TEENS = ['десять', 'одиннадцать', 'двенадцать', 'тринадцать', 'четырнадцать', 'пятнадцать', 'шестнадцать',
  'семнадцать', 'восемнадцать', 'девятнадцать'];
const TENS = ['', '', 'двадцать', 'тридцать', 'сорок', 'пятьдесят', 'шестьдесят', 'семьдесят', 'восемьдесят', 'девяносто'];
const HUNDREDS = ['', 'сто', 'двести', 'триста', 'четыреста', 'пятьсот', 'шестьсот', 'семьсот', 'восемьсот', 'девятьсот'];

/** Thousands are feminine ("две тысячи"), the larger scales masculine ("два миллиона"). */
const SCALES: ReadonlyArray<{ gender: Gender; forms: Forms }> = [
  { gender: 'f', forms: ['тысяча', 'тысячи', 'тысяч'] },
  { gender: 'm', forms: ['миллион', 'миллиона', 'миллионов'] },
  { gender: 'm', forms: ['миллиард', 'миллиарда', 'миллиардов'] },
  { gender: 'm', forms: ['триллион', 'триллиона', 'триллионов'] },
];
const RUBLE: Forms = ['рубль', 'рубля', 'рублей'];
const KOPECK: Forms = ['копейка', 'копейки', 'копеек'];

/**
 * The Russian plural form for a count: 1, 21, 101 → singular; 2–4, 22–24 → few; the rest
 * (including 11–14) → many.
 *
 * @example
 * pluralRu(22, ['рубль', 'рубля', 'рублей']) // 'рубля'
 */
export function pluralRu(count: number, forms: Forms): string {
  const lastTwo = count % 100;
  const last = count % 10;
  if (lastTwo >= 11 && lastTwo <= 14) return forms[2];
  if (last === 1) return forms[0];
  if (last >= 2 && last <= 4) return forms[1];
  return forms[2];
}

/** 1–999 in words, in the given gender. */
function triadWords(value: number, gender: Gender): string[] {
  const words = [HUNDREDS[Math.floor(value / 100)] ?? ''];
  const rest = value % 100;
  if (rest >= 10 && rest < 20) words.push(TEENS[rest - 10] ?? '');
  else words.push(TENS[Math.floor(rest / 10)] ?? '', UNITS[gender][rest % 10] ?? '');
  return words.filter(Boolean);
}

/** A whole number in words; rubles are masculine ("один рубль", "две тысячи один рубль"). */
function integerWords(value: number): string {
  if (value === 0) return 'ноль';
  const words: string[] = [];
  const triads: number[] = [];
  for (let rest = value; rest > 0; rest = Math.floor(rest / 1000)) triads.push(rest % 1000);
  for (let index = triads.length - 1; index >= 0; index -= 1) {
    const triad = triads[index] ?? 0;
    if (triad === 0) continue;
    if (index === 0) {
      words.push(...triadWords(triad, 'm'));
    } else {
      const scale = SCALES[index - 1];
      if (!scale) throw new RangeError(`amount too large for words: ${value}`);
      words.push(...triadWords(triad, scale.gender), pluralRu(triad, scale.forms));
    }
  }
  return words.join(' ');
}

/**
 * A sum of money as Russian accounting documents write it: rubles in words (capitalised),
 * kopecks in figures — "Одна тысяча пятьсот рублей 00 копеек".
 *
 * @example
 * amountInWordsRu(150_000) // 'Одна тысяча пятьсот рублей 00 копеек'
 * amountInWordsRu(2_101)   // 'Двадцать один рубль 01 копейка'
 */
export function amountInWordsRu(kopecks: Kopecks): string {
  assertKopecks(kopecks, 'amount');
  if (kopecks < 0) throw new RangeError('amountInWordsRu expects a non-negative amount');
  const rubles = Math.floor(kopecks / 100);
  const cents = kopecks % 100;
  const words = integerWords(rubles);
  return `${words.charAt(0).toUpperCase()}${words.slice(1)} ${pluralRu(rubles, RUBLE)} ${String(cents).padStart(2, '0')} ${pluralRu(cents, KOPECK)}`;
}

/**
 * Kopecks in figures the Russian way: "1 500,00" (non-breaking spaces between thousands).
 *
 * @example
 * formatRubles(150_000) // '1 500,00'
 */
export function formatRubles(kopecks: Kopecks): string {
  const rubles = Math.floor(kopecks / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  return `${rubles},${String(kopecks % 100).padStart(2, '0')}`;
}
