import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';

/**
 * The browser tests rely on the shop reporting every translation its language lacks (i18next
 * would quietly fall back to Russian): check that it does.
 */
describe('missing translations', () => {
  const errors: string[] = [];
  beforeAll(() => {
    const storage = { getItem: () => null, setItem: () => undefined, removeItem: () => undefined };
    Object.assign(globalThis, { window: { localStorage: storage }, document: { documentElement: { lang: '' } } });
    jest.spyOn(console, 'error').mockImplementation((message: unknown) => void errors.push(String(message)));
  });
  afterAll(() => {
    Reflect.deleteProperty(globalThis, 'window');
    Reflect.deleteProperty(globalThis, 'document');
    jest.restoreAllMocks();
  });

  it('reports a key only Russian has, and a key no language has, once each; plural forms resolve', async () => {
    const { initI18n, missingTranslations } = await import('./index');
    const i18n = initI18n();
    i18n.addResource('ru', 'translation', 'test.onlyRussian', 'только по-русски');
    await i18n.changeLanguage('zh');
    const t = i18n.t.bind(i18n) as (key: string, options?: Record<string, unknown>) => string;

    expect(t('test.onlyRussian')).toBe('только по-русски'); // the fallback a buyer would see
    t('test.onlyRussian');
    t('test.nowhere');
    t('events.fewSeatsLeft', { count: 3 });
    t('events.title');
    await i18n.changeLanguage('en');
    t('events.fewSeatsLeft', { count: 1 });

    expect(missingTranslations()).toEqual(['zh:test.onlyRussian', 'zh:test.nowhere']);
    expect(errors).toEqual(['Missing translation zh:test.onlyRussian', 'Missing translation zh:test.nowhere']);
    expect(globalThis.document.documentElement.lang).toBe('en');
  });
});
