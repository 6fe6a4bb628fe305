import { vatOf } from './vat';
import { divideHalfUp } from '../../platform/money';

describe('vatOf', () => {
  it('takes the VAT out of a VAT-included price, rounding half-up per line', () => {
    expect(vatOf(150_000, 'included', 20)).toEqual({ totalKopecks: 150_000, vatKopecks: 25_000 });
    // 999.99 ₽ × 20/120 = 166.665 ₽ → 166.67 ₽
    expect(vatOf(99_999, 'included', 20)).toEqual({ totalKopecks: 99_999, vatKopecks: 16_667 });
    // 100.00 ₽ × 22/122 = 18.0327… ₽ → 18.03 ₽
    expect(vatOf(10_000, 'included', 22)).toEqual({ totalKopecks: 10_000, vatKopecks: 1_803 });
    expect(vatOf(10_000, 'included', 0)).toEqual({ totalKopecks: 10_000, vatKopecks: 0 });
  });

  it('adds VAT on top of a VAT-excluded price', () => {
    expect(vatOf(100_000, 'excluded', 22)).toEqual({ totalKopecks: 122_000, vatKopecks: 22_000 });
    // 0.05 ₽ × 10 % = 0.005 ₽ → 0.01 ₽
    expect(vatOf(5, 'excluded', 10)).toEqual({ totalKopecks: 6, vatKopecks: 1 });
  });

  it('charges nothing for products not subject to VAT', () => {
    expect(vatOf(123_456, 'none', 20)).toEqual({ totalKopecks: 123_456, vatKopecks: 0 });
  });

  it('refuses fractional kopecks', () => {
    expect(() => vatOf(10.5, 'included', 20)).toThrow(RangeError);
  });
});

describe('divideHalfUp', () => {
  it('rounds exact halves up and everything else to the nearest integer', () => {
    expect(divideHalfUp(5, 10)).toBe(1);
    expect(divideHalfUp(4, 10)).toBe(0);
    expect(divideHalfUp(15, 10)).toBe(2);
    expect(divideHalfUp(25, 10)).toBe(3);
    expect(divideHalfUp(0, 7)).toBe(0);
    expect(divideHalfUp(Number.MAX_SAFE_INTEGER, 1)).toBe(Number.MAX_SAFE_INTEGER);
  });
});
