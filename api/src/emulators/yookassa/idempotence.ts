/** How long YooKassa remembers an idempotence key. */
export const IDEMPOTENCE_WINDOW_MS = 24 * 60 * 60 * 1000;

export type IdempotenceLookup =
  | { kind: 'new' }
  | { kind: 'replay'; status: number; body: unknown }
  | { kind: 'conflict' };

interface Remembered {
  fingerprint: string;
  status: number;
  body: unknown;
  at: number;
}

/**
 * JSON with object keys sorted at every level, so two bodies that differ only in key order
 * count as the same request.
 *
 * @example
 * canonicalJson({ b: 1, a: [{ d: 2, c: 3 }] }) // '{"a":[{"c":3,"d":2}],"b":1}'
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => {
    if (inner === null || typeof inner !== 'object' || Array.isArray(inner)) return inner;
    const record = inner as Record<string, unknown>;
    return Object.fromEntries(Object.keys(record).sort().map((key) => [key, record[key]]));
  });
}

/**
 * YooKassa's `Idempotence-Key` semantics: within 24 h, the same key with the same request
 * replays the original answer (status and body, as they were then); with a different request
 * it is a conflict. Only definite answers are remembered: a 5xx means the outcome is unknown
 * and the caller must be able to repeat.
 *
 * @example
 * const seen = store.lookup(key, fingerprint);
 * if (seen.kind === 'new') store.remember(key, fingerprint, 200, payment);
 */
export class IdempotenceStore {
  private readonly entries = new Map<string, Remembered>();

  constructor(private readonly now: () => Date) {}

  lookup(key: string, fingerprint: string): IdempotenceLookup {
    this.forgetExpired();
    const entry = this.entries.get(key);
    if (!entry) return { kind: 'new' };
    if (entry.fingerprint !== fingerprint) return { kind: 'conflict' };
    return { kind: 'replay', status: entry.status, body: structuredClone(entry.body) };
  }

  remember(key: string, fingerprint: string, status: number, body: unknown): void {
    if (status >= 500) return;
    // A snapshot: the stored payment keeps changing, the original answer must not.
    this.entries.set(key, { fingerprint, status, body: structuredClone(body), at: this.now().getTime() });
  }

  private forgetExpired(): void {
    const cutoff = this.now().getTime() - IDEMPOTENCE_WINDOW_MS;
    for (const [key, entry] of this.entries) {
      if (entry.at <= cutoff) this.entries.delete(key);
    }
  }
}
