import { passwordWeakness } from './password-policy';

describe('password policy', () => {
  it.each([
    ['short1234', 'too_short'],
    ['qwertyuiop', 'too_common'],
    ['ЙЦУКЕНГШЩЗ', 'too_common'],
    ['aaaaabbbbbaaaaa', 'too_few_distinct'],
    ['x'.repeat(64) + 'y'.repeat(65), 'too_long'],
    ['maria.petrova-2026', 'contains_email'],
  ])('refuses %s (%s)', (password, reason) => {
    expect(passwordWeakness(password, 'Maria.Petrova@example.ru')).toBe(reason);
  });

  it('accepts a long passphrase in any alphabet, counting characters rather than bytes', () => {
    expect(passwordWeakness('морской бриз', 'maria@example.ru')).toBeNull();
    expect(passwordWeakness('涅瓦河上的白夜游船之旅', 'maria@example.ru')).toBeNull();
    expect(passwordWeakness('漂亮的船', null)).toBe('too_short');
  });
});
