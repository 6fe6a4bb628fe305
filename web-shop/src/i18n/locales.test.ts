import { describe, expect, it } from '@jest/globals';
import en from './locales/en.json';
import ru from './locales/ru.json';
import zh from './locales/zh.json';
import { KNOWN_CODES } from './errors';

/** Every leaf of a nested resource as `a.b.c` → value. */
function flatten(node: unknown, prefix = ''): Map<string, unknown> {
  const leaves = new Map<string, unknown>();
  if (typeof node === 'object' && node !== null && !Array.isArray(node)) {
    for (const [key, value] of Object.entries(node)) {
      for (const [path, leaf] of flatten(value, prefix ? `${prefix}.${key}` : key)) leaves.set(path, leaf);
    }
  } else {
    leaves.set(prefix, node);
  }
  return leaves;
}

const PLURAL = /_(zero|one|two|few|many|other)$/;
/** `a.b_few` → `a.b`: each language has its own plural forms of one key. */
const baseKey = (path: string) => path.replace(PLURAL, '');

const reference = flatten(ru);
const locales = { ru, en, zh };

describe('web-shop locales', () => {
  it('has translations to check', () => {
    expect(reference.size).toBeGreaterThan(100);
  });

  it.each(Object.entries(locales))('%s has exactly the keys of ru (plural forms aside)', (_lang, resource) => {
    const keys = (leaves: Map<string, unknown>) => [...new Set([...leaves.keys()].map(baseKey))].sort();
    expect(keys(flatten(resource))).toEqual(keys(reference));
  });

  it.each(Object.entries(locales))('%s has exactly the plural forms its language needs', (lang, resource) => {
    const needed = new Intl.PluralRules(lang).resolvedOptions().pluralCategories.slice().sort();
    const forms = new Map<string, string[]>();
    for (const path of flatten(resource).keys()) {
      const match = PLURAL.exec(path);
      if (match?.[1]) forms.set(baseKey(path), [...(forms.get(baseKey(path)) ?? []), match[1]]);
    }
    expect(forms.size).toBeGreaterThan(5);
    for (const [key, categories] of forms) expect({ key, categories: categories.sort() }).toEqual({ key, categories: needed });
  });

  it.each(Object.entries(locales))('%s has only non-empty strings', (_lang, resource) => {
    const bad = [...flatten(resource)].filter(([, value]) => typeof value !== 'string' || value.trim() === '');
    expect(bad).toEqual([]);
  });

  it.each(Object.entries(locales))('%s keeps the interpolations of ru', (_lang, resource) => {
    const placeholders = (value: unknown) => String(value).match(/{{\s*\w+\s*}}/g)?.sort() ?? [];
    for (const [path, value] of flatten(resource)) {
      // A plural form ru lacks (none today) compares with ru's "other".
      const russian = reference.get(path) ?? reference.get(`${baseKey(path)}_other`);
      const expected = PLURAL.test(path) ? placeholders(russian).filter((p) => p !== '{{count}}') : placeholders(russian);
      const actual = PLURAL.test(path) ? placeholders(value).filter((p) => p !== '{{count}}') : placeholders(value);
      expect({ path, placeholders: actual }).toEqual({ path, placeholders: expected });
    }
  });

  it.each(Object.entries(locales))('%s has a message for every problem code the shop knows', (_lang, resource) => {
    const leaves = flatten(resource);
    const missing = KNOWN_CODES.filter((code) => !leaves.has(`errors.codes.${code}`));
    expect(missing).toEqual([]);
  });
});
