import request from 'supertest';
import { startTestApp, type TestApp } from '../../test/test-app';
import { makeGaSailing, makeSeatedSailing, newSession } from '../../test/seating-factory';

/** General admission: places per ticket type against capacity and quotas. */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const hold = (eventId: string, sessionId: string, items: Array<{ ticketTypeId: string; quantity: number }>) =>
  request(t.server).post(`/api/v1/events/${eventId}/holds`).send({ sessionId, items });
const availability = async (eventId: string) => (await request(t.server).get(`/api/v1/events/${eventId}/seats`)).body;

it('reports remaining places overall and per ticket type', async () => {
  const sailing = await makeGaSailing(t, { capacity: 10, concessionQuota: 3 });
  const before = await availability(sailing.eventId);
  expect(before).toMatchObject({ seatingMode: 'general', capacity: 10, remaining: 10 });
  const types = new Map(before.ticketTypes.map((x: { ticketTypeId: string }) => [x.ticketTypeId, x]));
  expect(types.get(sailing.adultId)).toMatchObject({ quota: null, remaining: 10 });
  expect(types.get(sailing.concessionId)).toMatchObject({ quota: 3, remaining: 3 });

  const res = await hold(sailing.eventId, newSession(), [{ ticketTypeId: sailing.adultId, quantity: 2 }, { ticketTypeId: sailing.concessionId, quantity: 1 }]);
  expect(res.status).toBe(200);
  expect(res.body.items).toHaveLength(2);
  const after = await availability(sailing.eventId);
  expect(after.remaining).toBe(7);
  expect(after.ticketTypes.find((x: { ticketTypeId: string }) => x.ticketTypeId === sailing.concessionId).remaining).toBe(2);
});

it('sets the session quantities on each call, extends the hold, and releases it on DELETE', async () => {
  const sailing = await makeGaSailing(t, { capacity: 10 });
  const buyer = newSession();
  const first = await hold(sailing.eventId, buyer, [{ ticketTypeId: sailing.adultId, quantity: 2 }]);
  const second = await hold(sailing.eventId, buyer, [{ ticketTypeId: sailing.adultId, quantity: 5 }]);
  expect(second.status).toBe(200);
  expect(second.body.id).toBe(first.body.id);
  expect(second.body.items).toEqual([{ ticketTypeId: sailing.adultId, quantity: 5 }]);
  expect(Date.parse(second.body.expiresAt)).toBeGreaterThanOrEqual(Date.parse(first.body.expiresAt));
  expect((await availability(sailing.eventId)).remaining).toBe(5);

  const stranger = await request(t.server).delete(`/api/v1/events/${sailing.eventId}/holds/${first.body.id}`).set('X-Session-Id', newSession());
  expect(stranger.status).toBe(404);
  const noSession = await request(t.server).delete(`/api/v1/events/${sailing.eventId}/holds/${first.body.id}`);
  expect(noSession.status).toBe(400);
  const released = await request(t.server).delete(`/api/v1/events/${sailing.eventId}/holds/${first.body.id}?sessionId=${buyer}`);
  expect(released.status).toBe(204);
  expect((await availability(sailing.eventId)).remaining).toBe(10);
});

it('refuses more than remains, and more than a ticket type quota, holding nothing', async () => {
  const sailing = await makeGaSailing(t, { capacity: 4, concessionQuota: 1 });
  const over = await hold(sailing.eventId, newSession(), [{ ticketTypeId: sailing.adultId, quantity: 5 }]);
  expect(over.status).toBe(409);
  expect(over.body).toMatchObject({ code: 'not_enough_places', params: { remaining: 4 } });
  await hold(sailing.eventId, newSession(), [{ ticketTypeId: sailing.adultId, quantity: 3 }]);
  const tooMany = await hold(sailing.eventId, newSession(), [{ ticketTypeId: sailing.adultId, quantity: 2 }]);
  expect(tooMany.status).toBe(409);
  expect(tooMany.body).toMatchObject({ code: 'not_enough_places', params: { remaining: 1 } });
  const quota = await hold(sailing.eventId, newSession(), [{ ticketTypeId: sailing.concessionId, quantity: 1 }]);
  expect(quota.status).toBe(200);
  const overQuota = await hold(sailing.eventId, newSession(), [{ ticketTypeId: sailing.concessionId, quantity: 1 }]);
  expect(overQuota.status).toBe(409);
  expect(overQuota.body.code).toBe('sold_out');
  const [inventory] = await t.db.query('SELECT held FROM ga_inventory WHERE event_id = $1', [sailing.eventId]);
  expect(inventory.held).toBe(4);
});

it('rejects ticket types the sailing does not sell, empty holds, and seat maps', async () => {
  const sailing = await makeGaSailing(t);
  const stranger = await hold(sailing.eventId, newSession(), [{ ticketTypeId: '8a0d7c6e-4a7b-4c1e-9f00-0000000000bb', quantity: 1 }]);
  expect(stranger.status).toBe(400);
  expect(stranger.body.errors[0].path).toBe('body.items');
  const empty = await hold(sailing.eventId, newSession(), [{ ticketTypeId: sailing.adultId, quantity: 0 }]);
  expect(empty.status).toBe(400);
  const seated = await makeSeatedSailing(t);
  const wrong = await hold(seated.eventId, newSession(), [{ ticketTypeId: sailing.adultId, quantity: 1 }]);
  expect(wrong.status).toBe(422);
  expect(wrong.body.code).toBe('assigned_seating_only');
});

it('releases a whole seat hold through DELETE /holds/{holdId}', async () => {
  const seated = await makeSeatedSailing(t);
  const buyer = newSession();
  const locked = await request(t.server).post(`/api/v1/events/${seated.eventId}/seats/lock`).send({ sessionId: buyer, seats: seated.seatCodes.slice(0, 3) });
  const res = await request(t.server).delete(`/api/v1/events/${seated.eventId}/holds/${locked.body.id}`).set('X-Session-Id', buyer);
  expect(res.status).toBe(204);
  const [row] = await t.db.query("SELECT count(*)::int AS n FROM seat_claim WHERE event_id = $1 AND state = 'held'", [seated.eventId]);
  expect(row.n).toBe(0);
  const [closed] = await t.db.query('SELECT status FROM hold WHERE id = $1', [locked.body.id]);
  expect(closed.status).toBe('released');
});
