import { allocate, priceOrder, type Discount, type PricedItem } from './pricing';
import type { VatMode } from '../catalog/vat';

describe('priceOrder', () => {
  const modes: VatMode[] = ['none', 'included', 'excluded'];
  const rates = [0, 10, 20, 22];
  const discounts: Array<Discount | null> = [null, { kind: 'percent', percent: 7 }, { kind: 'percent', percent: 100 }, { kind: 'fixed', amountKopecks: 333_33 }];
  const prices = [150_000, 99_999, 1, 180_050];

  // Every combination of VAT mode × rate × discount: totals are sums of lines, to the kopeck.
  for (const mode of modes) {
    for (const rate of rates) {
      for (const discount of discounts) {
        it(`keeps totals equal to the sum of lines (${mode}, ${rate} %, ${discount ? JSON.stringify(discount) : 'no discount'})`, () => {
          const items: PricedItem[] = prices.map((unitPriceKopecks) => ({ unitPriceKopecks, vatMode: mode, vatPercent: rate }));
          const order = priceOrder(items, discount);
          expect(order.lines.reduce((s, l) => s + l.totalKopecks, 0)).toBe(order.totalKopecks);
          expect(order.lines.reduce((s, l) => s + l.discountKopecks, 0)).toBe(order.discountKopecks);
          expect(order.lines.reduce((s, l) => s + l.vatKopecks, 0)).toBe(order.vatKopecks);
          for (const line of order.lines) {
            expect(Number.isInteger(line.totalKopecks) && Number.isInteger(line.vatKopecks)).toBe(true);
            expect(line.discountKopecks).toBeLessThanOrEqual(line.unitPriceKopecks);
            const net = line.unitPriceKopecks - line.discountKopecks;
            expect(line.totalKopecks).toBe(mode === 'excluded' ? net + line.vatKopecks : net);
            if (mode === 'none' || rate === 0) expect(line.vatKopecks).toBe(0);
          }
        });
      }
    }
  }

  it('computes VAT on the discounted price, half-up per line', () => {
    const order = priceOrder([{ unitPriceKopecks: 100_00, vatMode: 'included', vatPercent: 20 }], { kind: 'percent', percent: 10 });
    expect(order.lines[0]).toMatchObject({ discountKopecks: 10_00, vatKopecks: 15_00, totalKopecks: 90_00 });
    const excluded = priceOrder([{ unitPriceKopecks: 100_00, vatMode: 'excluded', vatPercent: 22 }], { kind: 'fixed', amountKopecks: 50 });
    // (100.00 − 0.50) × 22 % = 21.89 ₽
    expect(excluded.lines[0]).toMatchObject({ discountKopecks: 50, vatKopecks: 21_89, totalKopecks: 121_39 });
    expect(excluded.totalKopecks).toBe(121_39);
  });

  it('never discounts more than the subtotal', () => {
    const order = priceOrder([{ unitPriceKopecks: 500, vatMode: 'none', vatPercent: 0 }], { kind: 'fixed', amountKopecks: 10_000 });
    expect(order).toMatchObject({ discountKopecks: 500, totalKopecks: 0 });
  });
});

describe('allocate', () => {
  it('splits to the kopeck, giving leftovers to the largest remainders', () => {
    expect(allocate(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(allocate(10, [700, 300])).toEqual([7, 3]);
    expect(allocate(1, [1, 2])).toEqual([0, 1]);
    expect(allocate(0, [5, 5])).toEqual([0, 0]);
  });
});
