import request from 'supertest';
import { startTestApp, type TestApp } from '../../test/test-app';
import { makeGaSailing, makeSeatedSailing, newSession, type SeatedSailing } from '../../test/seating-factory';
import { HOUR } from '../../test/catalog-factory';

/** Locking and unlocking seats through the API: all or nothing, per session, with TTL. */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const lock = (eventId: string, sessionId: string, seats: string[]) =>
  request(t.server).post(`/api/v1/events/${eventId}/seats/lock`).send({ sessionId, seats });
const unlock = (eventId: string, sessionId: string, seats: string[]) =>
  request(t.server).post(`/api/v1/events/${eventId}/seats/unlock`).send({ sessionId, seats });
const statuses = async (eventId: string, sessionId?: string) => {
  const res = await request(t.server).get(`/api/v1/events/${eventId}/seats`).set(sessionId ? { 'X-Session-Id': sessionId } : {});
  expect(res.status).toBe(200);
  return new Map<string, string>(res.body.seats.map((s: { seatCode: string; status: string }) => [s.seatCode, s.status]));
};

describe('seat status and locks', () => {
  let sailing: SeatedSailing;
  beforeEach(async () => {
    sailing = await makeSeatedSailing(t);
  });

  it('shows every seat free, then selected to the holder and reserved to everyone else', async () => {
    const [s1] = sailing.seatCodes;
    const buyer = newSession();
    expect([...(await statuses(sailing.eventId)).values()].every((s) => s === 'free')).toBe(true);
    const res = await lock(sailing.eventId, buyer, [s1!]);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ eventId: sailing.eventId, seats: [s1] });
    const ttl = Date.parse(res.body.expiresAt) - Date.now();
    expect(ttl).toBeGreaterThan(14 * 60_000);
    expect(ttl).toBeLessThanOrEqual(15 * 60_000);
    expect((await statuses(sailing.eventId, buyer)).get(s1!)).toBe('selected');
    expect((await statuses(sailing.eventId, newSession())).get(s1!)).toBe('reserved');
    expect((await statuses(sailing.eventId)).get(s1!)).toBe('reserved');
    const viaQuery = await request(t.server).get(`/api/v1/events/${sailing.eventId}/seats?sessionId=${buyer}`);
    expect(viaQuery.body.holdExpiresAt).toBe(res.body.expiresAt);
  });

  it('holds all the seats asked or none, naming exactly the seats that are taken', async () => {
    const [s1, s2, s3] = sailing.seatCodes;
    const first = newSession();
    const second = newSession();
    expect((await lock(sailing.eventId, first, [s1!])).status).toBe(200);
    const res = await lock(sailing.eventId, second, [s2!, s1!, s3!]);
    expect(res.status).toBe(409);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ code: 'seats_taken', params: { seats: [s1] } });
    const now = await statuses(sailing.eventId, second);
    expect(now.get(s2!)).toBe('free');
    expect(now.get(s3!)).toBe('free');
  });

  it('adds seats to the session hold and extends it when the session locks again', async () => {
    const [s1, s2] = sailing.seatCodes;
    const buyer = newSession();
    const first = await lock(sailing.eventId, buyer, [s1!]);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const second = await lock(sailing.eventId, buyer, [s2!, s1!]);
    expect(second.status).toBe(200);
    expect(second.body.id).toBe(first.body.id);
    expect(second.body.seats).toEqual([s1, s2].sort());
    expect(Date.parse(second.body.expiresAt)).toBeGreaterThan(Date.parse(first.body.expiresAt));
    const [row] = await t.db.query(
      "SELECT count(DISTINCT expires_at)::int AS n FROM seat_claim WHERE event_id = $1 AND state = 'held'",
      [sailing.eventId],
    );
    expect(row.n).toBe(1);
  });

  it('caps the seats one session may hold on a sailing', async () => {
    const buyer = newSession();
    const tooMany = await lock(sailing.eventId, buyer, sailing.seatCodes.slice(0, 11));
    expect(tooMany.status).toBe(422);
    expect(tooMany.body).toMatchObject({ code: 'seat_limit_exceeded', params: { max: 10 } });
    expect((await lock(sailing.eventId, buyer, sailing.seatCodes.slice(0, 10))).status).toBe(200);
    const eleventh = await lock(sailing.eventId, buyer, sailing.seatCodes.slice(10, 11));
    expect(eleventh.status).toBe(422);
    expect((await statuses(sailing.eventId, buyer)).get(sailing.seatCodes[10]!)).toBe('free');
  });

  it('rejects unknown seat codes with a 400 naming them', async () => {
    const res = await lock(sailing.eventId, newSession(), [sailing.seatCodes[0]!, 'Z9', 'D7-R1-S1']);
    expect(res.status).toBe(400);
    expect(res.body.params.seats).toEqual(['Z9', 'D7-R1-S1']);
    expect(res.body.errors[0].path).toBe('body.seats');
  });

  it('rejects malformed requests naming the field', async () => {
    const noSeats = await request(t.server).post(`/api/v1/events/${sailing.eventId}/seats/lock`).send({ sessionId: newSession(), seats: [] });
    expect(noSeats.status).toBe(400);
    expect(noSeats.body.errors[0].path).toBe('body.seats');
    const badSession = await lock(sailing.eventId, 'x', [sailing.seatCodes[0]!]);
    expect(badSession.body.errors[0].path).toBe('body.sessionId');
    const wrongType = await request(t.server).post(`/api/v1/events/${sailing.eventId}/seats/lock`).set('content-type', 'text/plain').send('hi');
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.errors).toEqual([{ path: 'header.content-type', message: 'must be application/json' }]);
    const brokenJson = await request(t.server).post(`/api/v1/events/${sailing.eventId}/seats/lock`).set('content-type', 'application/json').send('{"sessionId":');
    expect(brokenJson.status).toBe(400);
    expect(brokenJson.body.errors[0].path).toBe('body');
  });

  it('unlocks only the seats the session itself holds', async () => {
    const [s1, s2] = sailing.seatCodes;
    const owner = newSession();
    const stranger = newSession();
    await lock(sailing.eventId, owner, [s1!, s2!]);
    const theirs = await unlock(sailing.eventId, stranger, [s1!]);
    expect(theirs.status).toBe(200);
    expect(theirs.body.released).toEqual([]);
    expect((await statuses(sailing.eventId)).get(s1!)).toBe('reserved');
    const mine = await unlock(sailing.eventId, owner, [s1!]);
    expect(mine.body.released).toEqual([s1]);
    const now = await statuses(sailing.eventId, owner);
    expect(now.get(s1!)).toBe('free');
    expect(now.get(s2!)).toBe('selected');
  });

  it('says the sailing is sold out when no seat is left', async () => {
    const small = await makeSeatedSailing(t, { rows: 1, seatsPerRow: 2 });
    await lock(small.eventId, newSession(), small.seatCodes);
    const res = await lock(small.eventId, newSession(), [small.seatCodes[0]!]);
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('sold_out');
  });
});

describe('sailings that cannot be booked', () => {
  it('answers cancelled (409), departed (422), general admission (422) and unknown (404)', async () => {
    const cancelled = await makeSeatedSailing(t);
    await t.db.query("UPDATE event SET status = 'cancelled' WHERE id = $1", [cancelled.eventId]);
    t.services.seating.sailings.forget(cancelled.eventId);
    expect((await lock(cancelled.eventId, newSession(), [cancelled.seatCodes[0]!])).body).toMatchObject({ status: 409, code: 'event_cancelled' });

    const departed = await makeSeatedSailing(t, { startsAt: new Date(Date.now() - HOUR) });
    const late = await lock(departed.eventId, newSession(), [departed.seatCodes[0]!]);
    expect(late.status).toBe(422);
    expect(late.body.code).toBe('event_departed');

    const ga = await makeGaSailing(t);
    const wrong = await lock(ga.eventId, newSession(), ['D1-R1-S1']);
    expect(wrong.status).toBe(422);
    expect(wrong.body.code).toBe('general_admission_only');

    const missing = await lock('8a0d7c6e-4a7b-4c1e-9f00-0000000000aa', newSession(), ['D1-R1-S1']);
    expect(missing.status).toBe(404);
  });

  it('refuses in the database even when this process still thinks the sailing is on', async () => {
    const sailing = await makeSeatedSailing(t);
    await t.services.seating.sailings.find(sailing.eventId); // cached as scheduled
    await t.db.query("UPDATE event SET status = 'cancelled' WHERE id = $1", [sailing.eventId]);
    const res = await lock(sailing.eventId, newSession(), [sailing.seatCodes[0]!]);
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('event_cancelled');
    const [row] = await t.db.query('SELECT count(*)::int AS n FROM seat_claim WHERE event_id = $1', [sailing.eventId]);
    expect(row.n).toBe(0);
  });
});
