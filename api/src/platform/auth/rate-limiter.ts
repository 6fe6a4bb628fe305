import Redis from 'ioredis';

export interface RateDecision {
  allowed: boolean;
  /** Hits counted in the current window, this one included. */
  count: number;
  /** Seconds until the window resets. */
  retryAfterSeconds: number;
}

/**
 * Fixed-window counters: Redis when configured (shared by every API process), this process's
 * memory otherwise (the embedded default runs one process).
 */
export interface RateLimiter {
  /** Counts one hit against `key` and says whether it is within `limit` per window. */
  hit(key: string, limit: number, windowSeconds: number): Promise<RateDecision>;
  /** The current count without adding to it. */
  peek(key: string, limit: number): Promise<RateDecision>;
  reset(key: string): Promise<void>;
  close(): Promise<void>;
}

export function createRateLimiter(options: { redisUrl?: string | undefined; prefix: string }): RateLimiter {
  return options.redisUrl ? new RedisRateLimiter(options.redisUrl, options.prefix) : new MemoryRateLimiter();
}

class RedisRateLimiter implements RateLimiter {
  private readonly redis: Redis;

  constructor(
    url: string,
    private readonly prefix: string,
  ) {
    this.redis = new Redis(url, { maxRetriesPerRequest: 2, lazyConnect: false });
  }

  async hit(key: string, limit: number, windowSeconds: number): Promise<RateDecision> {
    const full = `${this.prefix}:rate:${key}`;
    // The expiry is set only by the hit that creates the window (NX), so hits never extend it.
    const result = await this.redis.multi().incr(full).expire(full, windowSeconds, 'NX').ttl(full).exec();
    const count = Number(result?.[0]?.[1] ?? 0);
    const ttl = Number(result?.[2]?.[1] ?? windowSeconds);
    return { allowed: count <= limit, count, retryAfterSeconds: Math.max(1, ttl) };
  }

  async peek(key: string, limit: number): Promise<RateDecision> {
    const full = `${this.prefix}:rate:${key}`;
    const [count, ttl] = await Promise.all([this.redis.get(full), this.redis.ttl(full)]);
    const n = Number(count ?? 0);
    return { allowed: n < limit, count: n, retryAfterSeconds: Math.max(1, ttl) };
  }

  async reset(key: string): Promise<void> {
    await this.redis.del(`${this.prefix}:rate:${key}`);
  }

  async close(): Promise<void> {
    await this.redis.quit().catch(() => undefined);
  }
}

class MemoryRateLimiter implements RateLimiter {
  private readonly windows = new Map<string, { count: number; resetsAt: number }>();

  hit(key: string, limit: number, windowSeconds: number): Promise<RateDecision> {
    const now = Date.now();
    let window = this.windows.get(key);
    if (!window || window.resetsAt <= now) {
      window = { count: 0, resetsAt: now + windowSeconds * 1000 };
      this.windows.set(key, window);
    }
    window.count += 1;
    return Promise.resolve(this.decision(window, limit, window.count <= limit));
  }

  peek(key: string, limit: number): Promise<RateDecision> {
    const window = this.windows.get(key);
    if (!window || window.resetsAt <= Date.now()) return Promise.resolve({ allowed: true, count: 0, retryAfterSeconds: 0 });
    return Promise.resolve(this.decision(window, limit, window.count < limit));
  }

  reset(key: string): Promise<void> {
    this.windows.delete(key);
    return Promise.resolve();
  }

  close(): Promise<void> {
    this.windows.clear();
    return Promise.resolve();
  }

  private decision(window: { count: number; resetsAt: number }, limit: number, allowed: boolean): RateDecision {
    return { allowed, count: window.count, retryAfterSeconds: Math.max(1, Math.ceil((window.resetsAt - Date.now()) / 1000)) };
  }
}
