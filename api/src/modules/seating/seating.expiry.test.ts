import request from 'supertest';
import { startTestApp, type TestApp } from '../../test/test-app';
import { makeGaSailing, makeSeatedSailing, newSession } from '../../test/seating-factory';
import { InProcessBus } from '../../platform/bus/bus';
import { SEATING_TOPIC, type SeatingMessage } from './seating.events';

/** Holds lapse after their TTL (1 s here): reads show them free at once; the cleaner frees them. */
let t: TestApp;
const published: SeatingMessage[] = [];
beforeAll(async () => {
  const bus = new InProcessBus();
  bus.subscribe(SEATING_TOPIC, (message) => published.push(message as SeatingMessage));
  t = await startTestApp({ env: { HOLD_TTL_SECONDS: '1' }, bus });
});
afterAll(() => t.close());
const lapse = () => new Promise((resolve) => setTimeout(resolve, 1_100));

const statusOf = async (eventId: string, seat: string, sessionId?: string) => {
  const res = await request(t.server).get(`/api/v1/events/${eventId}/seats`).set(sessionId ? { 'X-Session-Id': sessionId } : {});
  return res.body.seats.find((s: { seatCode: string }) => s.seatCode === seat).status as string;
};

it('never shows a lapsed hold as reserved, and lets another session take the seat before the cleaner runs', async () => {
  const sailing = await makeSeatedSailing(t);
  const [s1] = sailing.seatCodes;
  const first = newSession();
  expect((await request(t.server).post(`/api/v1/events/${sailing.eventId}/seats/lock`).send({ sessionId: first, seats: [s1] })).status).toBe(200);
  await lapse();
  expect(await statusOf(sailing.eventId, s1!)).toBe('free');
  expect(await statusOf(sailing.eventId, s1!, first)).toBe('free');
  const second = newSession();
  expect((await request(t.server).post(`/api/v1/events/${sailing.eventId}/seats/lock`).send({ sessionId: second, seats: [s1] })).status).toBe(200);
  expect(await statusOf(sailing.eventId, s1!, second)).toBe('selected');
});

it('seatLockCleaner frees lapsed seats, closes their holds, releases supplier locks and announces it', async () => {
  const sailing = await makeSeatedSailing(t, { supplier: 'astra_marin' });
  const buyer = newSession();
  const res = await request(t.server).post(`/api/v1/events/${sailing.eventId}/seats/lock`).send({ sessionId: buyer, seats: sailing.seatCodes.slice(0, 2) });
  expect(res.status).toBe(200);
  expect([...t.supplier.locked.values()].some((seats) => seats.has(sailing.seatCodes[0]!))).toBe(true);
  await lapse();
  await t.services.seating.cleaner.runOnce();
  const claims = await t.db.query('SELECT state FROM seat_claim WHERE event_id = $1', [sailing.eventId]);
  expect(claims.map((c: { state: string }) => c.state)).toEqual(['free', 'free']);
  const [hold] = await t.db.query('SELECT status FROM hold WHERE id = $1', [res.body.id]);
  expect(hold.status).toBe('expired');
  expect([...t.supplier.locked.values()].some((seats) => seats.has(sailing.seatCodes[0]!))).toBe(false);
  const announced = published.filter((m) => m.eventId === sailing.eventId && m.kind === 'seats');
  expect(announced.at(-1)).toMatchObject({ kind: 'seats', changes: [{ state: 'free' }, { state: 'free' }] });
});

it('returns lapsed general-admission places to the sailing', async () => {
  const sailing = await makeGaSailing(t, { capacity: 3 });
  const hold = await request(t.server).post(`/api/v1/events/${sailing.eventId}/holds`)
    .send({ sessionId: newSession(), items: [{ ticketTypeId: sailing.adultId, quantity: 3 }] });
  expect(hold.status).toBe(200);
  expect((await request(t.server).get(`/api/v1/events/${sailing.eventId}/seats`)).body.remaining).toBe(0);
  await lapse();
  expect((await request(t.server).get(`/api/v1/events/${sailing.eventId}/seats`)).body.remaining).toBe(3);
  await t.services.seating.cleaner.runOnce();
  const [inventory] = await t.db.query('SELECT held FROM ga_inventory WHERE event_id = $1', [sailing.eventId]);
  expect(inventory.held).toBe(0);
  const again = await request(t.server).post(`/api/v1/events/${sailing.eventId}/holds`)
    .send({ sessionId: newSession(), items: [{ ticketTypeId: sailing.adultId, quantity: 3 }] });
  expect(again.status).toBe(200);
});
