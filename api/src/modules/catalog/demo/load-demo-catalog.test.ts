import request from 'supertest';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { loadDemoCatalogOnce } from './load-demo-catalog';

/** The embedded default's demo catalog: realistic, complete, and loaded only once. */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

it('loads once and never again, even after its sailings are gone', async () => {
  const summary = await loadDemoCatalogOnce(t.db);
  expect(summary).not.toBeNull();
  expect(await loadDemoCatalogOnce(t.db)).toBeNull();
  const [{ count }] = await t.db.query('SELECT count(*)::int AS count FROM event');
  expect(count).toBe(summary!.events);
});

it('offers at least 12 sailings over the next 14 days on 3+ routes from 3+ berths, in three languages', async () => {
  const items: any[] = [];
  let cursor: string | undefined;
  do {
    const res = await request(t.server).get('/api/v1/events').query({ limit: 100, lang: 'zh', ...(cursor ? { cursor } : {}) });
    items.push(...res.body.items);
    cursor = res.body.nextCursor ?? undefined;
  } while (cursor);
  expect(items.length).toBeGreaterThanOrEqual(12);
  const last = Math.max(...items.map((i) => Date.parse(i.startsAt)));
  expect(last - Date.now()).toBeLessThanOrEqual(15 * 24 * 3_600_000);
  expect(new Set(items.map((i) => i.route.id)).size).toBeGreaterThanOrEqual(3);
  expect(new Set(items.map((i) => i.departureBerth.id)).size).toBeGreaterThanOrEqual(3);
  expect(items.every((i) => /[\u4e00-\u9fff]/.test(i.title))).toBe(true);
  expect(items.some((i) => i.vessel.seatingMode === 'general')).toBe(true);
  const evening = items.find((i) => i.kind === 'event' && Number(i.startsAtLocal.slice(11, 13)) >= 18);
  expect(evening).toBeDefined();

  const seated = items.find((i) => i.vessel.seatingMode === 'assigned' && i.vessel.capacity >= 150);
  const layout = await request(t.server).get(`/api/v1/events/${seated.id}/seat-layout`);
  expect(layout.body.decks).toHaveLength(2);
  const seats = layout.body.decks.flatMap((d: any) => d.sections.flatMap((s: any) => s.rows.flatMap((r: any) => r.seats)));
  expect(seats.length).toBeGreaterThanOrEqual(150);
  expect(seats.some((s: any) => s.accessibility.wheelchair)).toBe(true);
  const en = await request(t.server).get(`/api/v1/events/${seated.id}?lang=en`);
  expect(en.body.title).toMatch(/[A-Za-z]/);
});
