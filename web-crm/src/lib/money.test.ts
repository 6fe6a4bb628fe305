import { describe, expect, it } from '@jest/globals';
import { parseRubles, rublesInput } from './money';
import { fromMoscowInput, toMoscowInput } from './moscow';

describe('roubles typed by staff', () => {
  it.each([
    ['1500', 150_000],
    ['1 500', 150_000],
    ['1500,5', 150_050],
    ['99.99', 9_999],
    ['0', 0],
  ])('%s is %d kopecks', (text, kopecks) => expect(parseRubles(text)).toBe(kopecks));

  it.each(['', '-5', '1.234', 'abc', '1,2,3'])('refuses %p', (text) => expect(parseRubles(text)).toBeNull());

  it('writes kopecks back without losing any', () => {
    expect(rublesInput(150_050)).toBe('1500.50');
    expect(rublesInput(150_000)).toBe('1500');
    expect(parseRubles(rublesInput(1_999))).toBe(1_999);
  });
});

describe('Moscow wall-clock times', () => {
  it('reads a datetime-local value as Moscow time and writes it back', () => {
    expect(fromMoscowInput('2026-07-01T18:30')).toBe('2026-07-01T15:30:00.000Z');
    expect(toMoscowInput('2026-07-01T15:30:00.000Z')).toBe('2026-07-01T18:30');
    // Winter too: Moscow keeps UTC+3 all year.
    expect(toMoscowInput('2026-01-10T21:15:00.000Z')).toBe('2026-01-11T00:15');
  });

  it('treats empty and broken values as none', () => {
    expect(fromMoscowInput('')).toBeNull();
    expect(fromMoscowInput('yesterday')).toBeNull();
    expect(toMoscowInput(null)).toBe('');
  });
});
