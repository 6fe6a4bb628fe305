import request from 'supertest';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { DAY, makeCategory, makeRoute, makeSeatedVessel, makeTicketType, seed } from '../../../test/catalog-factory';
import { makeSeatedSailing } from '../../../test/seating-factory';
import { checkout, holdSeats } from '../../../test/orders-factory';
import { auditRows, makeStaff, type StaffLogin } from '../../../test/staff-factory';
import { paidOrder } from '../../../test/paid-order-factory';

/** Scheduling sailings and pricing them: every seat priced, every price change audited and in force at once. */
let t: TestApp;
let editor: StaffLogin;
let fixture: { routeId: string; vesselId: string; adultId: string; childId: string; standardId: string; windowId: string };
beforeAll(async () => {
  t = await startTestApp();
  editor = await makeStaff(t, { grants: { catalog: 'write' } });
  fixture = await seed(t.db, async (tx) => {
    const standard = await makeCategory(tx);
    const window = await makeCategory(tx);
    const vessel = await makeSeatedVessel(tx, { categories: [standard, window], decks: 1, rows: 2, seatsPerRow: 4 });
    return {
      routeId: (await makeRoute(tx)).route.id, vesselId: vessel.id, adultId: (await makeTicketType(tx)).id, childId: (await makeTicketType(tx)).id,
      standardId: standard.id, windowId: window.id,
    };
  });
});
afterAll(() => t.close());

const admin = (method: 'get' | 'post' | 'patch' | 'put', path: string, body?: object) => {
  const req = request(t.server)[method](`/api/v1/admin${path}`).set(editor.auth);
  return body ? req.send(body) : req;
};
const sailing = (overrides: object = {}) => ({
  kind: 'excursion', title: { ru: 'Белые ночи', en: 'White nights' }, description: { ru: '' }, routeId: fixture.routeId, vesselId: fixture.vesselId,
  startsAt: new Date(Date.now() + 5 * DAY).toISOString(),
  ticketTypes: [{ ticketTypeId: fixture.adultId }, { ticketTypeId: fixture.childId }],
  prices: [
    { ticketTypeId: fixture.adultId, seatCategoryId: fixture.standardId, amountKopecks: 150_000 },
    { ticketTypeId: fixture.adultId, seatCategoryId: fixture.windowId, amountKopecks: 180_000 },
    { ticketTypeId: fixture.childId, amountKopecks: 90_000 },
  ],
  ...overrides,
});

it('schedules a sailing the shop sells at once, ending after the route’s duration', async () => {
  const res = await admin('post', '/sailings', sailing());
  expect(res.status).toBe(201);
  expect(res.body).toMatchObject({ status: 'scheduled', soldTickets: 0, vat: null });
  expect(Date.parse(res.body.endsAt) - Date.parse(res.body.startsAt)).toBe(60 * 60_000);
  const shop = await request(t.server).get(`/api/v1/events/${res.body.id}`).query({ lang: 'en' });
  expect(shop.body.title).toBe('White nights');
  const prices = (await request(t.server).get(`/api/v1/events/${res.body.id}/prices`)).body.items;
  expect(prices.map((p: any) => p.amountKopecks).sort()).toEqual([150_000, 180_000, 90_000].sort());
  expect((await auditRows(t, 'sailing', res.body.id))[0]).toMatchObject({ action: 'catalog.sailing_create', actor_id: editor.id });
});

it('refuses a price list that leaves a seat without a price, and other impossible sailings, naming the field', async () => {
  const unpriced = await admin('post', '/sailings', sailing({ prices: [{ ticketTypeId: fixture.adultId, seatCategoryId: fixture.standardId, amountKopecks: 1 }, { ticketTypeId: fixture.childId, amountKopecks: 1 }] }));
  expect(unpriced.status).toBe(400);
  expect(unpriced.body.errors).toEqual([{ path: 'body.prices', message: `ticket type ${fixture.adultId} has no price for seat categories ${fixture.windowId}` }]);
  const backwards = await admin('post', '/sailings', sailing({ endsAt: new Date(Date.now() + 4 * DAY).toISOString() }));
  expect(backwards.body.errors[0].path).toBe('body.endsAt');
  expect((await admin('post', '/sailings', sailing({ vat: { mode: 'included', percent: 18 } }))).body.errors[0].path).toBe('body.vat.percent');
  const stray = await admin('post', '/sailings', sailing({ ticketTypes: [{ ticketTypeId: fixture.childId }] }));
  expect(stray.body.errors.map((e: any) => e.path)).toContain('body.prices.0.ticketTypeId');
});

it('changes prices for new orders only, with both price lists in the audit trail', async () => {
  const created = (await admin('post', '/sailings', sailing())).body;
  const adultSeat = (seatCode: string) => [{ seatCode, ticketTypeId: fixture.adultId }];
  const before = await checkout(t, { sessionId: await holdSeats(t, created.id, ['D1-R1-S2']), eventId: created.id, seats: adultSeat('D1-R1-S2') });
  const newPrices = { ticketTypes: [{ ticketTypeId: fixture.adultId }], prices: [{ ticketTypeId: fixture.adultId, amountKopecks: 200_000 }] };
  const res = await admin('put', `/sailings/${created.id}/prices`, newPrices);
  expect(res.status).toBe(200);
  expect(res.body.prices).toEqual([{ ticketTypeId: fixture.adultId, seatCategoryId: null, amountKopecks: 200_000 }]);
  const after = await checkout(t, { sessionId: await holdSeats(t, created.id, ['D1-R1-S3']), eventId: created.id, seats: adultSeat('D1-R1-S3') });
  expect(after.body.order.lines[0].unitPriceKopecks).toBe(200_000);
  const [order] = await t.db.query('SELECT total_kopecks FROM orders WHERE id = $1', [before.body.order.id]);
  expect(order.total_kopecks).toBe(150_000);
  const [row] = (await auditRows(t, 'sailing', created.id)).filter((r) => r.action === 'catalog.price_change');
  expect(row.before.prices).toHaveLength(3);
  expect(row.after).toEqual({ prices: newPrices.prices.map((p) => ({ ...p, seatCategoryId: null })), ticketTypes: [{ ticketTypeId: fixture.adultId, quota: null }] });
});

it('moves a sailing to another vessel only while nothing is sold or held', async () => {
  const other = await makeSeatedSailing(t);
  const [{ vessel_id: otherVessel }] = await t.db.query('SELECT vessel_id FROM event WHERE id = $1', [other.eventId]);
  const created = (await admin('post', '/sailings', sailing())).body;
  const retitled = await admin('patch', `/sailings/${created.id}`, { title: { ru: 'Разводные мосты' } });
  expect(retitled.body.title).toEqual({ ru: 'Разводные мосты' });
  const [update] = (await auditRows(t, 'sailing', created.id)).filter((r) => r.action === 'catalog.sailing_update');
  expect(update).toMatchObject({ before: { title: { ru: 'Белые ночи', en: 'White nights' } }, after: { title: { ru: 'Разводные мосты' } } });
  await paidOrder(t, created.id, ['D1-R2-S1']);
  const moved = await admin('patch', `/sailings/${created.id}`, { vesselId: otherVessel });
  expect(moved.status).toBe(409);
  expect(moved.body.code).toBe('sailing_has_sales');
  expect((await admin('get', `/sailings/${created.id}`)).body.soldTickets).toBe(1);
});
