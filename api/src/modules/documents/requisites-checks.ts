/**
 * Check digits of Russian company identifiers and bank accounts, so a typo in the requisites
 * (which every invoice and act prints) is refused when staff save them, not found by a buyer's
 * accountant.
 */

const digitsOf = (value: string) => [...value].map(Number);
const weighted = (digits: number[], weights: readonly number[]) => digits.reduce((sum, digit, i) => sum + digit * (weights[i] ?? 0), 0);

/**
 * ИНН: 10 digits (organisation, one check digit) or 12 (individual, two).
 *
 * @example
 * isValidInn('7707083893') // true
 */
export function isValidInn(inn: string): boolean {
  if (!/^(\d{10}|\d{12})$/.test(inn)) return false;
  const d = digitsOf(inn);
  const check = (count: number, weights: readonly number[]) => (weighted(d.slice(0, count), weights) % 11) % 10 === d[count];
  if (d.length === 10) return check(9, [2, 4, 10, 3, 5, 9, 4, 6, 8]);
  return check(10, [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) && check(11, [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]);
}

/**
 * ОГРН (13 digits, check = first 12 mod 11) or ОГРНИП (15 digits, first 14 mod 13), last digit
 * of the remainder.
 */
export function isValidOgrn(ogrn: string): boolean {
  if (!/^(\d{13}|\d{15})$/.test(ogrn)) return false;
  const modulus = ogrn.length === 13 ? 11n : 13n;
  const remainder = Number(BigInt(ogrn.slice(0, -1)) % modulus) % 10;
  return remainder === Number(ogrn.slice(-1));
}

/** The Bank of Russia's control key: 23 digits weighted 7,1,3,… sum to a multiple of 10. */
function controlKeyHolds(digits: string): boolean {
  const weights = [7, 1, 3];
  return [...digits].reduce((sum, digit, i) => sum + ((Number(digit) * (weights[i % 3] ?? 0)) % 10), 0) % 10 === 0;
}

/** A settlement account (р/с) checked against its bank's БИК (its last three digits). */
export function isValidSettlementAccount(account: string, bik: string): boolean {
  return /^\d{20}$/.test(account) && /^\d{9}$/.test(bik) && controlKeyHolds(bik.slice(-3) + account);
}

/**
 * A correspondent account (к/с) checked against its bank's БИК: it ends with the БИК's last
 * three digits, and the control key runs over "0" + the БИК's 5th and 6th digits + the account.
 */
export function isValidCorrespondentAccount(account: string, bik: string): boolean {
  return /^301\d{17}$/.test(account) && /^\d{9}$/.test(bik) && account.endsWith(bik.slice(-3)) && controlKeyHolds(`0${bik.slice(4, 6)}${account}`);
}
