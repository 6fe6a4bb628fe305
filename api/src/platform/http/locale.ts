import { z } from '@hono/zod-openapi';

export const LANGS = ['ru', 'en', 'zh'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'ru';

export const LangSchema = z.enum(LANGS).openapi({
  description: 'Response language; falls back to Accept-Language, then to Russian',
  example: 'ru',
});

/** Text in every supported language; Russian is required and is the fallback. */
export type LocalizedText = { ru: string; en?: string | null; zh?: string | null };

/** Picks the text in `lang`, falling back to Russian when it is missing or empty. */
export function localize(text: LocalizedText | null | undefined, lang: Lang): string {
  if (!text) return '';
  return text[lang] || text.ru;
}

/**
 * The response language: `?lang=` wins, then the first supported Accept-Language entry by
 * quality, then Russian.
 *
 * @example
 * resolveLang(undefined, 'en-GB,en;q=0.9,ru;q=0.8') // 'en'
 */
export function resolveLang(queryLang: Lang | undefined, acceptLanguage: string | undefined): Lang {
  if (queryLang) return queryLang;
  if (!acceptLanguage) return DEFAULT_LANG;
  const ranked = acceptLanguage
    .split(',')
    .map((part, index) => {
      const [tag = '', ...attrs] = part.trim().split(';');
      const q = attrs.map((a) => a.trim()).find((a) => a.startsWith('q='));
      return { base: tag.toLowerCase().split('-')[0], quality: q ? Number(q.slice(2)) || 0 : 1, index };
    })
    .filter((entry) => entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  const match = ranked.find((entry) => (LANGS as readonly string[]).includes(entry.base ?? ''));
  return (match?.base as Lang | undefined) ?? DEFAULT_LANG;
}
