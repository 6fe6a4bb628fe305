import type { LocalizedText } from '../../platform/http/locale';

/**
 * The text `GET /events?q=` searches: every language of the title and description plus the
 * route and berth names, lower-cased here (JavaScript folds Cyrillic and Latin case the same
 * on every PostgreSQL locale, so "Петергоф", "peterhof" and "彼得" all match).
 */
export function buildSearchText(parts: Array<LocalizedText | null | undefined>): string {
  return parts
    .flatMap((text) => (text ? [text.ru, text.en, text.zh] : []))
    .filter((value): value is string => Boolean(value))
    .join(' \n ')
    .toLowerCase();
}

/** `q` split into words, each a LIKE pattern with the wildcards of the user's text escaped. */
export function searchPatterns(q: string): string[] {
  return q
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 8)
    .map((word) => `%${word.replace(/[\\%_]/g, (char) => `\\${char}`)}%`);
}
