import { divideHalfUp, type Kopecks } from '../../platform/money';
import { vatOf, type VatMode } from '../catalog/vat';

/** One ticket on its way into an order, priced from the server's price list. */
export interface PricedItem {
  unitPriceKopecks: Kopecks;
  vatMode: VatMode;
  vatPercent: number;
}

export type Discount = { kind: 'percent'; percent: number } | { kind: 'fixed'; amountKopecks: Kopecks };

export interface PricedLine extends PricedItem {
  discountKopecks: Kopecks;
  vatKopecks: Kopecks;
  /** What the buyer pays for the line: price − discount, plus VAT when it is charged on top. */
  totalKopecks: Kopecks;
}

export interface PricedOrder {
  lines: PricedLine[];
  subtotalKopecks: Kopecks;
  discountKopecks: Kopecks;
  vatKopecks: Kopecks;
  totalKopecks: Kopecks;
}

/**
 * Prices an order: the discount is taken off the subtotal of list prices and spread over the
 * lines in proportion to their prices, to the kopeck (largest remainders get the leftover
 * kopecks); VAT is then computed per line on the discounted price, rounded half-up. The
 * order's totals are sums of its lines, so they always agree.
 *
 * @example
 * priceOrder([{ unitPriceKopecks: 100_00, vatMode: 'included', vatPercent: 20 }], { kind: 'percent', percent: 10 })
 * // → one line: discount 10_00, VAT 15_00, total 90_00
 */
export function priceOrder(items: PricedItem[], discount: Discount | null): PricedOrder {
  const subtotal = items.reduce((sum, item) => sum + item.unitPriceKopecks, 0);
  const discountTotal = !discount
    ? 0
    : discount.kind === 'percent'
      ? Math.min(subtotal, divideHalfUp(subtotal * discount.percent, 100))
      : Math.min(subtotal, discount.amountKopecks);
  const shares = allocate(discountTotal, items.map((item) => item.unitPriceKopecks));
  const lines = items.map((item, index): PricedLine => {
    const discountKopecks = shares[index] ?? 0;
    const { totalKopecks, vatKopecks } = vatOf(item.unitPriceKopecks - discountKopecks, item.vatMode, item.vatPercent);
    return { ...item, discountKopecks, vatKopecks, totalKopecks };
  });
  return {
    lines,
    subtotalKopecks: subtotal,
    discountKopecks: discountTotal,
    vatKopecks: lines.reduce((sum, line) => sum + line.vatKopecks, 0),
    totalKopecks: lines.reduce((sum, line) => sum + line.totalKopecks, 0),
  };
}

/** Splits `amount` over `weights` proportionally; the parts sum to `amount` exactly. */
export function allocate(amount: Kopecks, weights: Kopecks[]): Kopecks[] {
  const total = weights.reduce((sum, w) => sum + w, 0);
  if (amount === 0 || total === 0) return weights.map(() => 0);
  const exact = weights.map((w) => BigInt(amount) * BigInt(w));
  const parts = exact.map((e) => Number(e / BigInt(total)));
  let left = amount - parts.reduce((sum, p) => sum + p, 0);
  const byRemainder = exact
    .map((e, index) => ({ index, remainder: e % BigInt(total) }))
    .sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1));
  for (const { index } of byRemainder) {
    if (left === 0) break;
    parts[index] = (parts[index] ?? 0) + 1;
    left -= 1;
  }
  return parts;
}
