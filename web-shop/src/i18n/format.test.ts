import { describe, expect, it } from '@jest/globals';
import { formatCountdown, formatDateTime, formatDeadline, formatPrice } from './format';

describe('shop formatting', () => {
  it('shows the refund deadline as "12 June 18:30" in Moscow time, in each language', () => {
    // 15:30 UTC is 18:30 in Moscow, whatever zone the test machine (or browser) is in.
    const iso = '2031-06-12T15:30:00.000Z';
    expect(formatDeadline(iso, 'en')).toBe('12 June 18:30');
    expect(formatDeadline(iso, 'ru')).toBe('12 июня 18:30');
    expect(formatDeadline(iso, 'zh')).toBe('6月12日 18:30');
  });

  it('puts a departure just after midnight in Moscow on the Moscow day', () => {
    // 21:30 UTC on 1 June is 00:30 on 2 June in Moscow.
    expect(formatDateTime('2031-06-01T21:30:00.000Z', 'en')).toMatch(/2 June.*00:30/);
  });

  it('formats roubles per locale, kopecks only when there are some', () => {
    expect(formatPrice(150_000, 'ru')).toBe('1\u00a0500\u00a0₽');
    expect(formatPrice(150_050, 'en')).toBe('₽1,500.50');
    expect(formatPrice(150_000, 'zh')).toBe('₽1,500');
  });

  it('counts a hold down as minutes:seconds and stops at zero', () => {
    expect(formatCountdown(14 * 60_000 + 5_000)).toBe('14:05');
    expect(formatCountdown(15 * 60_000 + 40)).toBe('15:00');
    expect(formatCountdown(1_400)).toBe('0:01');
    expect(formatCountdown(-5_000)).toBe('0:00');
  });
});
