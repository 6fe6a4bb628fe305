import { createHash } from 'node:crypto';

/** A JSON body serialized once, with its strong ETag. */
export interface SerializedJson {
  json: string;
  etag: string;
}

export function serializeJson(body: unknown): SerializedJson {
  const json = JSON.stringify(body);
  return { json, etag: `"${createHash('sha1').update(json).digest('base64url')}"` };
}

/**
 * Public answers kept for a moment ("microcaching"). Hundreds of visitors a second ask for the
 * same catalog page; within `maxAgeMs` they share one database read and one serialization,
 * and concurrent misses of one key wait for a single read instead of each making their own.
 * The answers already say `max-age=15` to browsers and proxies, so a second of age adds no
 * staleness a visitor could not already see. Whatever changes what is cached calls `clear()`;
 * other processes see the change within `maxAgeMs`. With `maxAgeMs` 0 nothing is kept.
 */
export class ResponseCache {
  private readonly entries = new Map<string, { value: SerializedJson; readAt: number }>();
  private readonly inFlight = new Map<string, Promise<SerializedJson>>();
  private generation = 0;

  constructor(
    private readonly maxAgeMs: number,
    private readonly maxEntries = 1_000,
    private readonly now: () => number = Date.now,
  ) {}

  async get(key: string, produce: () => Promise<unknown>): Promise<SerializedJson> {
    if (this.maxAgeMs <= 0) return serializeJson(await produce());
    const entry = this.entries.get(key);
    if (entry && this.now() - entry.readAt <= this.maxAgeMs) return entry.value;
    return this.inFlight.get(key) ?? this.load(key, produce);
  }

  /** Forgets everything, including reads still running: the next request reads afresh. */
  clear(): void {
    this.entries.clear();
    this.inFlight.clear();
    this.generation += 1;
  }

  private async load(key: string, produce: () => Promise<unknown>): Promise<SerializedJson> {
    const generation = this.generation;
    const readAt = this.now();
    const loading = produce().then(serializeJson);
    this.inFlight.set(key, loading);
    try {
      const value = await loading;
      // Read before a clear(): it answers the requests that were waiting, but is not kept.
      if (generation === this.generation) this.remember(key, value, readAt);
      return value;
    } finally {
      if (this.inFlight.get(key) === loading) this.inFlight.delete(key);
    }
  }

  private remember(key: string, value: SerializedJson, readAt: number): void {
    this.entries.delete(key);
    // Maps iterate in insertion order, so the first key is the longest kept.
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(key, { value, readAt });
  }
}
