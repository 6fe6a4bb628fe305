import { ResponseCache, serializeJson } from './response-cache';

/** Catalog answers shared for a moment: one read for many visitors, never older than allowed. */
function reads() {
  let count = 0;
  const gates: Array<() => void> = [];
  return {
    get count() {
      return count;
    },
    /** A read answering `{ read: n }`, or one that waits for `release()` when `held`. */
    of: (held = false) => async () => {
      count += 1;
      const n = count;
      if (held) await new Promise<void>((resolve) => gates.push(resolve));
      return { read: n };
    },
    release: () => gates.splice(0).forEach((open) => open()),
  };
}

it('answers every request within the age from one read, then reads again', async () => {
  let now = 0;
  const cache = new ResponseCache(1_000, 100, () => now);
  const source = reads();
  expect((await cache.get('ru /events', source.of())).json).toBe('{"read":1}');
  now = 1_000;
  expect((await cache.get('ru /events', source.of())).json).toBe('{"read":1}');
  expect((await cache.get('en /events', source.of())).json).toBe('{"read":2}');
  now = 1_001;
  const fresh = await cache.get('ru /events', source.of());
  expect(fresh).toEqual(serializeJson({ read: 3 }));
  expect(fresh.etag).toMatch(/^"[\w-]+"$/);
});

it('makes concurrent misses of one key wait for a single read', async () => {
  const cache = new ResponseCache(1_000);
  const source = reads();
  const answers = Array.from({ length: 50 }, () => cache.get('ru /events/1', source.of(true)));
  source.release();
  expect(new Set((await Promise.all(answers)).map((a) => a.json))).toEqual(new Set(['{"read":1}']));
  expect(source.count).toBe(1);
});

it('reads afresh after clear(), and does not keep a read that began before it', async () => {
  const cache = new ResponseCache(60_000);
  const source = reads();
  const before = cache.get('ru /events', source.of(true));
  cache.clear();
  const after = cache.get('ru /events', source.of());
  source.release();
  expect((await before).json).toBe('{"read":1}');
  expect((await after).json).toBe('{"read":2}');
  expect((await cache.get('ru /events', source.of())).json).toBe('{"read":2}');
});

it('keeps no failure, keeps at most maxEntries answers, and with age 0 keeps nothing', async () => {
  const cache = new ResponseCache(60_000, 2);
  await expect(cache.get('a', () => Promise.reject(new Error('database down')))).rejects.toThrow('database down');
  const source = reads();
  expect((await cache.get('a', source.of())).json).toBe('{"read":1}');
  await cache.get('b', source.of());
  await cache.get('c', source.of());
  // 'a' was the oldest of three in a cache of two.
  expect((await cache.get('a', source.of())).json).toBe('{"read":4}');
  expect((await cache.get('c', source.of())).json).toBe('{"read":3}');

  const off = new ResponseCache(0);
  await off.get('a', source.of());
  await off.get('a', source.of());
  expect(source.count).toBe(6);
});
