import request from 'supertest';
import { startTestApp, type TestApp } from '../../test/test-app';
import { makeSeatedSailing, newSession } from '../../test/seating-factory';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ env: { SUPPLIER_TIMEOUT_MS: '300' } });
});
afterAll(() => t.close());
afterEach(() => {
  t.supplier.behaviour = 'accept';
  t.supplier.statusAvailable = true;
});

const lock = (eventId: string, sessionId: string, seats: string[]) =>
  request(t.server).post(`/api/v1/events/${eventId}/seats/lock`).send({ sessionId, seats });
const heldCount = async (eventId: string) =>
  (await t.db.query("SELECT count(*)::int AS n FROM seat_claim WHERE event_id = $1 AND state = 'held'", [eventId]))[0].n as number;

describe('POST /events/{id}/seats/best', () => {
  it('holds the best seats side by side, and the next party gets the next best', async () => {
    const sailing = await makeSeatedSailing(t, { decks: 2, rows: 2, seatsPerRow: 8 });
    const first = await request(t.server).post(`/api/v1/events/${sailing.eventId}/seats/best`).send({ sessionId: newSession(), count: 4 });
    expect(first.status).toBe(200);
    expect(first.body.seats).toEqual(['D1-R1-S3', 'D1-R1-S4', 'D1-R1-S5', 'D1-R1-S6']);
    const second = await request(t.server).post(`/api/v1/events/${sailing.eventId}/seats/best`).send({ sessionId: newSession(), count: 2 });
    expect(second.body.seats.every((code: string) => code.startsWith('D1-'))).toBe(true);
    expect(second.body.seats.some((code: string) => first.body.seats.includes(code))).toBe(false);
  });

  it('finds wheelchair spaces, and says so when none match', async () => {
    const sailing = await makeSeatedSailing(t);
    const res = await request(t.server).post(`/api/v1/events/${sailing.eventId}/seats/best`).send({ sessionId: newSession(), count: 1, accessible: true });
    expect(res.body.seats).toEqual(['D1-R1-S1']);
    const none = await request(t.server).post(`/api/v1/events/${sailing.eventId}/seats/best`).send({ sessionId: newSession(), count: 1, accessible: true });
    expect(none.status).toBe(409);
    expect(none.body.code).toBe('no_seats_available');
  });
});

describe('supplier sailings', () => {
  it("hold the seats in the supplier's system too, and release them there", async () => {
    const sailing = await makeSeatedSailing(t, { supplier: 'neva_travel' });
    const buyer = newSession();
    expect((await lock(sailing.eventId, buyer, sailing.seatCodes.slice(0, 2))).status).toBe(200);
    const remote = () => [...t.supplier.locked.values()].flatMap((set) => [...set]);
    expect(remote()).toEqual(expect.arrayContaining(sailing.seatCodes.slice(0, 2)));
    await request(t.server).post(`/api/v1/events/${sailing.eventId}/seats/unlock`).send({ sessionId: buyer, seats: [sailing.seatCodes[0]] });
    expect(remote()).not.toContain(sailing.seatCodes[0]);
  });

  it('roll back the local hold when the supplier refuses (409), fails (502) or stalls (503)', async () => {
    const sailing = await makeSeatedSailing(t, { supplier: 'astra_marin' });
    for (const [behaviour, status, code] of [['refuse', 409, 'supplier_refused'], ['fail', 502, 'supplier_unavailable'], ['stall', 503, 'supplier_timeout']] as const) {
      t.supplier.behaviour = behaviour;
      const res = await lock(sailing.eventId, newSession(), [sailing.seatCodes[5]!]);
      expect(res.status).toBe(status);
      expect(res.body.code).toBe(code);
      expect(await heldCount(sailing.eventId)).toBe(0);
    }
    t.supplier.behaviour = 'accept';
    expect((await lock(sailing.eventId, newSession(), [sailing.seatCodes[5]!])).status).toBe(200);
  });

  it('show seats the supplier sold elsewhere as sold, and all free seats as unknown when it cannot say', async () => {
    const sailing = await makeSeatedSailing(t, { supplier: 'astra_marin' });
    const [externalId] = (await t.db.query('SELECT external_id FROM event WHERE id = $1', [sailing.eventId])).map((r: { external_id: string }) => r.external_id);
    t.supplier.soldElsewhere.set(`astra_marin:${externalId}`, new Set([sailing.seatCodes[1]!]));
    await lock(sailing.eventId, newSession(), [sailing.seatCodes[0]!]);
    const seats = async () =>
      new Map((await request(t.server).get(`/api/v1/events/${sailing.eventId}/seats`)).body.seats.map((s: any) => [s.seatCode, s.status]));
    const known = await seats();
    expect(known.get(sailing.seatCodes[1]!)).toBe('sold');
    expect(known.get(sailing.seatCodes[2]!)).toBe('free');
    t.supplier.statusAvailable = false;
    const blind = await seats();
    expect(blind.get(sailing.seatCodes[0]!)).toBe('reserved');
    expect(blind.get(sailing.seatCodes[2]!)).toBe('unknown');
  });
});
