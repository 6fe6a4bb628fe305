/**
 * Money is integer kopecks, RUB only. These helpers keep arithmetic in integers so no float
 * ever decides a kopeck.
 */
export type Kopecks = number;

export function assertKopecks(value: number, what = 'amount'): Kopecks {
  if (!Number.isSafeInteger(value)) throw new RangeError(`${what} must be an integer number of kopecks, got ${value}`);
  return value;
}

/**
 * numerator / denominator rounded half-up (away from zero on .5), exactly, for
 * non-negative integers.
 *
 * @example
 * divideHalfUp(150, 100) // 2
 */
export function divideHalfUp(numerator: number, denominator: number): number {
  if (numerator < 0 || denominator <= 0) throw new RangeError('divideHalfUp expects numerator >= 0 and denominator > 0');
  const exact = BigInt(numerator) * 2n + BigInt(denominator);
  return Number(exact / (BigInt(denominator) * 2n));
}
