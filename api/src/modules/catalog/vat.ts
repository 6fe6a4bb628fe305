import { divideHalfUp, assertKopecks, type Kopecks } from '../../platform/money';

/**
 * How a price relates to VAT: `none` — not subject to VAT; `included` — the price already
 * holds the VAT; `excluded` — VAT is added on top of the price.
 */
export type VatMode = 'none' | 'included' | 'excluded';
export const VAT_MODES = ['none', 'included', 'excluded'] as const;

export interface VatBreakdown {
  /** What the buyer pays. */
  totalKopecks: Kopecks;
  /** The VAT inside `totalKopecks`. */
  vatKopecks: Kopecks;
}

/**
 * VAT of one priced line, rounded half-up per line (the invariant every order total rests on).
 *
 * @example
 * vatOf(150_000, 'included', 20) // { totalKopecks: 150000, vatKopecks: 25000 }
 * vatOf(100_000, 'excluded', 22) // { totalKopecks: 122000, vatKopecks: 22000 }
 */
export function vatOf(priceKopecks: Kopecks, mode: VatMode, percent: number): VatBreakdown {
  assertKopecks(priceKopecks, 'price');
  switch (mode) {
    case 'none':
      return { totalKopecks: priceKopecks, vatKopecks: 0 };
    case 'included':
      return { totalKopecks: priceKopecks, vatKopecks: divideHalfUp(priceKopecks * percent, 100 + percent) };
    case 'excluded': {
      const vatKopecks = divideHalfUp(priceKopecks * percent, 100);
      return { totalKopecks: priceKopecks + vatKopecks, vatKopecks };
    }
  }
}
