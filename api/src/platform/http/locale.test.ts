import { localize, resolveLang } from './locale';

describe('resolveLang', () => {
  it('prefers ?lang=, then the best supported Accept-Language, then Russian', () => {
    expect(resolveLang('zh', 'en')).toBe('zh');
    expect(resolveLang(undefined, 'en-GB,en;q=0.9,ru;q=0.8')).toBe('en');
    expect(resolveLang(undefined, 'de;q=1, ru;q=0.4, zh-CN;q=0.7')).toBe('zh');
    expect(resolveLang(undefined, 'en;q=0, ru;q=0.1')).toBe('ru');
    expect(resolveLang(undefined, 'fr-FR')).toBe('ru');
    expect(resolveLang(undefined, undefined)).toBe('ru');
  });
});

describe('localize', () => {
  it('falls back to Russian when the language is missing or empty', () => {
    expect(localize({ ru: 'Причал', en: 'Pier', zh: '' }, 'zh')).toBe('Причал');
    expect(localize({ ru: 'Причал', en: 'Pier' }, 'en')).toBe('Pier');
    expect(localize(null, 'en')).toBe('');
  });
});
