/**
 * A fresh Idempotency-Key. crypto.randomUUID exists only in secure contexts (https, localhost),
 * so a plain-http intranet address falls back to getRandomValues, which exists everywhere.
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}
