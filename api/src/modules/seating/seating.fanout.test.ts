import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import Redis from 'ioredis';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../../platform/db/data-source';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { DAY, makeCategory, makeEvent, makeRoute, makeSeatedVessel, makeTicketType, seed } from '../../test/catalog-factory';
import { newSession, postJson } from '../../test/seating-factory';
import { openSse, type SseConnection } from '../../test/sse-client';

/**
 * Two API processes on one database and a real Redis: a lock taken through process A reaches
 * a seat-map subscriber of process B within a second, and a subscriber that reconnects to B
 * with Last-Event-ID misses nothing.
 */
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const API_DIR = path.resolve(__dirname, '../../..');

async function redisReachable(): Promise<boolean> {
  const client = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

function startApi(env: Record<string, string>): { child: ChildProcess; url: string; ready: Promise<void> } {
  const port = String(20_000 + Math.floor(Math.random() * 20_000));
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'src/main.ts'], {
    cwd: API_DIR,
    env: { PATH: process.env.PATH ?? '', PORT: port, HOST: '127.0.0.1', SERVE_SPA: 'false', DEMO_CATALOG: 'false', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const ready = (async () => {
    for (let i = 0; i < 200; i += 1) {
      if (child.exitCode !== null) throw new Error(`API process exited with ${child.exitCode}`);
      const ok = await fetch(`${url}/readyz`).then((r) => r.ok, () => false);
      if (ok) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('API process did not become ready');
  })();
  return { child, url, ready };
}

let database: TestDatabase;
let db: DataSource;
let a: ReturnType<typeof startApi>;
let b: ReturnType<typeof startApi>;
let eventId: string;
const streams: SseConnection[] = [];
let available = true;

beforeAll(async () => {
  available = await redisReachable();
  if (!available) {
    if (process.env.REDIS_URL) throw new Error(`REDIS_URL is set but Redis at ${REDIS_URL} is not reachable`);
    console.warn('Redis is not reachable and REDIS_URL is unset: the cross-process fan-out test is skipped');
    return;
  }
  database = await createTestDatabase();
  db = createDataSource({ url: database.url, poolSize: 2 });
  await db.initialize();
  eventId = await seed(db, async (tx) => {
    const standard = await makeCategory(tx);
    const adult = await makeTicketType(tx);
    const vessel = await makeSeatedVessel(tx, { categories: [standard], decks: 1, rows: 4, seatsPerRow: 5 });
    const event = await makeEvent(tx, {
      route: await makeRoute(tx), vessel, startsAt: new Date(Date.now() + DAY), prices: [{ ticketType: adult, amountKopecks: 100_000 }],
    });
    return event.id;
  });
  const env = { DATABASE_URL: database.url, REDIS_URL, BUS_PREFIX: `test-${randomBytes(4).toString('hex')}` };
  a = startApi(env);
  b = startApi(env);
  await Promise.all([a.ready, b.ready]);
}, 60_000);

afterAll(async () => {
  streams.forEach((s) => s.close());
  for (const api of [a, b]) {
    if (!api) continue;
    api.child.kill('SIGTERM');
    await new Promise((resolve) => api.child.once('exit', resolve));
  }
  await db?.destroy();
  await database?.drop();
});

const seatEvent = (code: string, status: string) => (m: { event: string; data: string }) =>
  m.event === 'seat' && JSON.parse(m.data).seats.some((s: { seatCode: string; status: string }) => s.seatCode === code && s.status === status);

it('a lock taken through process A reaches a subscriber of process B within a second', async () => {
  if (!available) return;
  const viewer = await openSse(`${b.url}/api/v1/events/${eventId}/seats/stream`);
  streams.push(viewer);
  await viewer.next((m) => m.event === 'snapshot');
  const sentAt = Date.now();
  const res = await postJson(`${a.url}/api/v1/events/${eventId}/seats/lock`, { sessionId: newSession(), seats: ['D1-R1-S1'] });
  expect(res.status).toBe(200);
  const change = await viewer.next(seatEvent('D1-R1-S1', 'reserved'), 1_000);
  expect(change.receivedAt - sentAt).toBeLessThan(1_000);
});

it('a subscriber that reconnects to B with Last-Event-ID misses nothing taken through A meanwhile', async () => {
  if (!available) return;
  const viewer = await openSse(`${b.url}/api/v1/events/${eventId}/seats/stream`);
  streams.push(viewer);
  await viewer.next((m) => m.event === 'snapshot');
  await postJson(`${a.url}/api/v1/events/${eventId}/seats/lock`, { sessionId: newSession(), seats: ['D1-R2-S1'] });
  const last = await viewer.next(seatEvent('D1-R2-S1', 'reserved'));
  viewer.close();
  const missed = ['D1-R3-S1', 'D1-R3-S2', 'D1-R4-S5'];
  for (const seat of missed) {
    expect((await postJson(`${a.url}/api/v1/events/${eventId}/seats/lock`, { sessionId: newSession(), seats: [seat] })).status).toBe(200);
  }
  await new Promise((resolve) => setTimeout(resolve, 200));
  const resumed = await openSse(`${b.url}/api/v1/events/${eventId}/seats/stream`, { 'Last-Event-ID': last.id! });
  streams.push(resumed);
  for (const seat of missed) await resumed.next(seatEvent(seat, 'reserved'));
  expect(resumed.messages.some((m) => m.event === 'snapshot')).toBe(false);
});
