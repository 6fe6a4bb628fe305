import { describe, expect, it } from '@jest/globals';
import en from './locales/en.json';
import ru from './locales/ru.json';
import { FALLBACK_KEYS, KNOWN_CODES } from './errors';

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

const reference = flatten(ru);
const locales = { ru, en };

describe('web-crm locales', () => {
  it('has translations to check', () => {
    expect(reference.size).toBeGreaterThan(10);
  });

  it.each(Object.entries(locales))('%s has exactly the keys of ru', (_lang, resource) => {
    expect([...flatten(resource).keys()].sort()).toEqual([...reference.keys()].sort());
  });

  it.each(Object.entries(locales))('%s has only non-empty strings', (_lang, resource) => {
    const bad = [...flatten(resource)].filter(([, value]) => typeof value !== 'string' || value.trim() === '');
    expect(bad).toEqual([]);
  });

  it.each(Object.entries(locales))('%s keeps the interpolations of ru', (_lang, resource) => {
    const placeholders = (value: unknown) => String(value).match(/{{\s*\w+\s*}}/g)?.sort() ?? [];
    for (const [path, value] of flatten(resource)) {
      expect({ path, placeholders: placeholders(value) }).toEqual({ path, placeholders: placeholders(reference.get(path)) });
    }
  });

  it('has a message for every problem code the CRM translates', () => {
    const keys = [...KNOWN_CODES.map((code) => `errors.codes.${code}`), ...FALLBACK_KEYS];
    const missing = keys.filter((key) => !reference.has(key));
    expect(missing).toEqual([]);
  });
});
