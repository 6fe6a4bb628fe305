/** Roubles as typed by a person ("1 500", "1500,50", "99.9") → integer kopecks; null if not a sum. */
export function parseRubles(text: string): number | null {
  const normalized = text.replace(/[\s\u00a0₽]/g, '').replace(',', '.');
  if (!/^\d+(\.\d{1,2})?$/.test(normalized)) return null;
  const [whole = '0', fraction = ''] = normalized.split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}

/** Kopecks as an input's value: "1500" or "1500.50". */
export function rublesInput(kopecks: number | null | undefined): string {
  if (kopecks === null || kopecks === undefined) return '';
  return kopecks % 100 === 0 ? String(kopecks / 100) : (kopecks / 100).toFixed(2);
}
