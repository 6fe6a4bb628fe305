import request from 'supertest';
import { startTestApp, type TestApp } from '../../test/test-app';
import {
  DAY, makeBerth, makeCategory, makeEvent, makeGaVessel, makeRoute, makeSeatedVessel, makeTicketType, seed, text,
} from '../../test/catalog-factory';

/** One sailing: GET /events/{id}, its seat layout, ticket types and prices. */
let t: TestApp;
let seatedId: string;
let gaId: string;
let noVatId: string;
let deletedId: string;
let categoryIds: { standard: string; window: string };
let ticketTypeIds: { adult: string; child: string };

beforeAll(async () => {
  t = await startTestApp();
  await seed(t.db, async (tx) => {
    const adult = await makeTicketType(tx, undefined, 0);
    const child = await makeTicketType(tx, undefined, 1);
    ticketTypeIds = { adult: adult.id, child: child.id };
    const standard = await makeCategory(tx);
    const window = await makeCategory(tx);
    categoryIds = { standard: standard.id, window: window.id };
    const vessel = await makeSeatedVessel(tx, { categories: [standard, window], decks: 2, rows: 3, seatsPerRow: 5 });
    const palace = await makeBerth(tx, text('Дворцовая набережная', 'Palace Embankment', '宫殿堤岸'));
    const route = await makeRoute(tx, { name: text('Вечерняя Нева', 'The Neva by Night', '涅瓦河夜游'), berths: [palace, await makeBerth(tx)], durationMinutes: 120 });
    const startsAt = new Date(Math.floor((Date.now() + 3 * DAY) / 60_000) * 60_000);
    seatedId = (await makeEvent(tx, {
      route, vessel, startsAt, kind: 'event', title: text('Джаз на Неве', 'Jazz on the Neva', '涅瓦河爵士'),
      supplier: 'neva_travel', externalId: 'NT-42',
      prices: [
        { ticketType: adult, category: standard, amountKopecks: 150_000 },
        { ticketType: adult, category: window, amountKopecks: 180_050 },
        { ticketType: child, category: standard, amountKopecks: 99_999 },
      ],
    })).id;
    gaId = (await makeEvent(tx, {
      route, vessel: await makeGaVessel(tx, 40), startsAt, vat: { mode: 'excluded', percent: 22 },
      prices: [{ ticketType: adult, amountKopecks: 100_050 }],
    })).id;
    noVatId = (await makeEvent(tx, {
      route, vessel: await makeGaVessel(tx, 12), startsAt, vat: { mode: 'none', percent: 0 },
      prices: [{ ticketType: adult, amountKopecks: 50_000 }],
    })).id;
    deletedId = (await makeEvent(tx, { route, vessel, startsAt, prices: [{ ticketType: adult, amountKopecks: 1 }] })).id;
    await tx.query('UPDATE event SET deleted_at = now() WHERE id = $1', [deletedId]);
  });
});
afterAll(() => t.close());

const get = (path: string, headers: Record<string, string> = {}) => request(t.server).get(`/api/v1${path}`).set(headers);

describe('GET /events/{id}', () => {
  it('returns the sailing with route, berth (with a map link), vessel, VAT and supplier', async () => {
    const res = await get(`/events/${seatedId}?lang=en`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: seatedId,
      kind: 'event',
      status: 'scheduled',
      title: 'Jazz on the Neva',
      lang: 'en',
      durationMinutes: 120,
      priceFrom: 99_999,
      vat: { mode: 'included', ratePercent: 20 },
      supplier: { source: 'neva_travel', externalId: 'NT-42' },
      vessel: { seatingMode: 'assigned', capacity: 30 },
      departureBerth: { name: 'Palace Embankment', latitude: 59.941, longitude: 30.312 },
      route: { name: 'The Neva by Night', durationMinutes: 120 },
    });
    expect(res.body.departureBerth.mapUrl).toContain('30.312');
    expect(res.body.route.stops.map((s: { position: number }) => s.position)).toEqual([0, 1]);
    expect(res.body.route.stops[0].berth.name).toBe('Palace Embankment');
    expect(new Date(res.body.startsAt).getTime()).toBe(new Date(res.body.startsAtLocal).getTime());
  });

  it('falls back to Russian for texts missing in the language asked', async () => {
    const res = await get(`/events/${seatedId}`, { 'Accept-Language': 'zh-CN' });
    expect(res.body.title).toBe('涅瓦河爵士');
    expect(res.body.route.stops[1].berth.name).toMatch(/^Причал/);
  });

  it('answers 404 problems for unknown and deleted sailings, 400 for malformed ids', async () => {
    for (const id of ['8a0d7c6e-4a7b-4c1e-9f00-000000000001', deletedId]) {
      const res = await get(`/events/${id}`);
      expect(res.status).toBe(404);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body).toMatchObject({ code: 'event_not_found', params: { id } });
    }
    const bad = await get('/events/42');
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([{ path: 'path.id', message: 'must be a UUID' }]);
  });

  it('supports conditional requests', async () => {
    const first = await get(`/events/${seatedId}`);
    const second = await get(`/events/${seatedId}`, { 'If-None-Match': first.headers.etag as string });
    expect(second.status).toBe(304);
  });
});

describe('GET /events/{id}/seat-layout', () => {
  it('returns decks → sections → rows → seats with unique codes, categories and accessibility', async () => {
    const res = await get(`/events/${seatedId}/seat-layout?lang=en`);
    expect(res.status).toBe(200);
    expect(res.body.decks.map((d: { name: string; level: number }) => [d.name, d.level])).toEqual([['Deck 1', 1], ['Deck 2', 2]]);
    const seats = res.body.decks.flatMap((d: any) => d.sections.flatMap((s: any) => s.rows.flatMap((r: any) => r.seats)));
    expect(seats).toHaveLength(30);
    expect(new Set(seats.map((s: { seatCode: string }) => s.seatCode)).size).toBe(30);
    const firstRow = res.body.decks[0].sections[0].rows[0];
    expect(firstRow.label).toBe('1');
    expect(firstRow.seats.map((s: { number: string }) => s.number)).toEqual(['1', '2', '3', '4', '5']);
    expect(firstRow.seats[0]).toMatchObject({ seatCode: 'D1-R1-S1', categoryId: categoryIds.window, accessibility: { wheelchair: true, companion: false, restrictedView: false } });
    expect(firstRow.seats[1].categoryId).toBe(categoryIds.standard);
    expect(res.body.categories.map((c: { id: string }) => c.id).sort()).toEqual(Object.values(categoryIds).sort());
  });

  it('has no decks for a general-admission vessel, only its capacity', async () => {
    const res = await get(`/events/${gaId}/seat-layout`);
    expect(res.status).toBe(200);
    expect(res.body.decks).toEqual([]);
    expect(res.body.vessel).toMatchObject({ seatingMode: 'general', capacity: 40 });
  });

  it('answers 404 for an unknown sailing', async () => {
    expect((await get('/events/8a0d7c6e-4a7b-4c1e-9f00-000000000002/seat-layout')).status).toBe(404);
  });
});

describe('GET /events/{id}/ticket-types', () => {
  it('lists the ticket types sold on the sailing in their order, localized', async () => {
    const res = await get(`/events/${seatedId}/ticket-types?lang=zh`);
    expect(res.status).toBe(200);
    expect(res.body.items.map((i: { id: string }) => i.id)).toEqual([ticketTypeIds.adult, ticketTypeIds.child]);
    expect(res.body.items[0]).toMatchObject({ name: '成人', quota: null });
    expect((await get(`/events/${gaId}/ticket-types`)).body.items).toHaveLength(1);
  });

  it('answers 404 for an unknown sailing', async () => {
    expect((await get('/events/8a0d7c6e-4a7b-4c1e-9f00-000000000003/ticket-types')).status).toBe(404);
  });
});

describe('GET /events/{id}/prices', () => {
  it('prices each ticket type and seat category with the VAT inside (20 % included by default)', async () => {
    const res = await get(`/events/${seatedId}/prices`);
    expect(res.status).toBe(200);
    expect(res.body.vat).toEqual({ mode: 'included', ratePercent: 20 });
    const price = (type: string, category: string) =>
      res.body.items.find((p: any) => p.ticketTypeId === type && p.seatCategoryId === category);
    // 1 500.00 ₽ × 20/120 = 250.00 ₽; 1 800.50 × 20/120 = 300.0833… → 300.08; 999.99 × 20/120 = 166.665 → 166.67 (half-up)
    expect(price(ticketTypeIds.adult, categoryIds.standard)).toMatchObject({ amountKopecks: 150_000, vatKopecks: 25_000, totalKopecks: 150_000 });
    expect(price(ticketTypeIds.adult, categoryIds.window)).toMatchObject({ amountKopecks: 180_050, vatKopecks: 30_008, totalKopecks: 180_050 });
    expect(price(ticketTypeIds.child, categoryIds.standard)).toMatchObject({ vatKopecks: 16_667, totalKopecks: 99_999 });
  });

  it('adds VAT on top when the product is VAT-excluded, and none when not subject to VAT', async () => {
    const excluded = await get(`/events/${gaId}/prices`);
    expect(excluded.body.vat).toEqual({ mode: 'excluded', ratePercent: 22 });
    // 1 000.50 ₽ × 22 % = 220.11 ₽
    expect(excluded.body.items).toEqual([
      expect.objectContaining({ seatCategoryId: null, amountKopecks: 100_050, vatKopecks: 22_011, totalKopecks: 122_061 }),
    ]);
    const none = await get(`/events/${noVatId}/prices`);
    expect(none.body.items[0]).toMatchObject({ amountKopecks: 50_000, vatKopecks: 0, totalKopecks: 50_000 });
  });

  it('follows the catalog default when staff change it, with no code change', async () => {
    await t.db.query("UPDATE catalog_settings SET default_vat_percent = 22 WHERE id = 1");
    try {
      const res = await get(`/events/${seatedId}/prices`);
      expect(res.body.vat).toEqual({ mode: 'included', ratePercent: 22 });
      // 1 500.00 ₽ × 22/122 = 270.49 ₽
      expect(res.body.items[0].vatKopecks).toBe(27_049);
    } finally {
      await t.db.query("UPDATE catalog_settings SET default_vat_percent = 20 WHERE id = 1");
    }
  });

  it('answers 404 for an unknown sailing', async () => {
    expect((await get('/events/8a0d7c6e-4a7b-4c1e-9f00-000000000004/prices')).status).toBe(404);
  });
});
