import { startTestApp, type TestApp } from '../../test/test-app';
import { listen, makeGaSailing, makeSeatedSailing, newSession, postJson } from '../../test/seating-factory';
import { openSse } from '../../test/sse-client';

/** A sale and a refund move seats too, and every seat map hears of it. */
let t: TestApp;
let base: string;
beforeAll(async () => {
  t = await startTestApp();
  base = await listen(t);
});
afterAll(() => t.close());

const seatEvent = (code: string, status: string) => (m: { event: string; data: string }) =>
  m.event === 'seat' && JSON.parse(m.data).seats.some((s: { seatCode: string; status: string }) => s.seatCode === code && s.status === status);

it('sells a hold, keeps sold seats from everyone, and returns them to sale on refund', async () => {
  const sailing = await makeSeatedSailing(t);
  const viewer = await openSse(`${base}/api/v1/events/${sailing.eventId}/seats/stream`);
  try {
    await viewer.next((m) => m.event === 'snapshot');
    const buyer = newSession();
    const hold = await postJson(`${base}/api/v1/events/${sailing.eventId}/seats/lock`, { sessionId: buyer, seats: ['D1-R1-S1', 'D1-R1-S2'] });
    const { sales } = t.services.seating;

    const sold = await t.db.transaction((tx) => sales.sellSeatHold(tx, hold.body.id));
    await sales.announce(sold);
    expect(sold?.changes.map((c) => c.seatCode)).toEqual(['D1-R1-S1', 'D1-R1-S2']);
    await viewer.next(seatEvent('D1-R1-S1', 'sold'));
    const [closed] = await t.db.query('SELECT status FROM hold WHERE id = $1', [hold.body.id]);
    expect(closed.status).toBe('converted');

    // Sold seats can be neither locked nor unlocked by anyone, the buyer included.
    const late = await postJson(`${base}/api/v1/events/${sailing.eventId}/seats/lock`, { sessionId: buyer, seats: ['D1-R1-S1'] });
    expect(late.status).toBe(409);
    const unlock = await postJson(`${base}/api/v1/events/${sailing.eventId}/seats/unlock`, { sessionId: buyer, seats: ['D1-R1-S1'] });
    expect(unlock.body.released).toEqual([]);

    const returned = await t.db.transaction((tx) => sales.returnSeats(tx, sailing.eventId, ['D1-R1-S2']));
    await sales.announce(returned);
    await viewer.next(seatEvent('D1-R1-S2', 'free'));
    expect((await postJson(`${base}/api/v1/events/${sailing.eventId}/seats/lock`, { sessionId: newSession(), seats: ['D1-R1-S2'] })).status).toBe(200);
  } finally {
    viewer.close();
  }
});

it('sells nothing when the transaction rolls back', async () => {
  const sailing = await makeSeatedSailing(t);
  const hold = await postJson(`${base}/api/v1/events/${sailing.eventId}/seats/lock`, { sessionId: newSession(), seats: ['D1-R2-S1'] });
  await expect(
    t.db.transaction(async (tx) => {
      await t.services.seating.sales.sellSeatHold(tx, hold.body.id);
      throw new Error('payment record failed');
    }),
  ).rejects.toThrow('payment record failed');
  const [claim] = await t.db.query('SELECT state FROM seat_claim WHERE event_id = $1', [sailing.eventId]);
  expect(claim.state).toBe('held');
});

it('sells general-admission places against capacity and returns them on refund', async () => {
  const sailing = await makeGaSailing(t, { capacity: 5 });
  const hold = await postJson(`${base}/api/v1/events/${sailing.eventId}/holds`, { sessionId: newSession(), items: [{ ticketTypeId: sailing.adultId, quantity: 3 }] });
  const { gaHolds } = t.services.seating;
  const sold = await t.db.transaction((tx) => gaHolds.sellHold(tx, hold.body.id));
  await gaHolds.announceChange(sold);
  const [inventory] = await t.db.query('SELECT held, sold FROM ga_inventory WHERE event_id = $1', [sailing.eventId]);
  expect(inventory).toEqual({ held: 0, sold: 3 });
  const remaining = async () => ((await (await fetch(`${base}/api/v1/events/${sailing.eventId}/seats`)).json()) as { remaining: number }).remaining;
  expect(await remaining()).toBe(2);
  const over = await postJson(`${base}/api/v1/events/${sailing.eventId}/holds`, { sessionId: newSession(), items: [{ ticketTypeId: sailing.adultId, quantity: 3 }] });
  expect(over.status).toBe(409);
  const returned = await t.db.transaction((tx) => gaHolds.returnPlaces(tx, sailing.eventId, [{ ticketTypeId: sailing.adultId, quantity: 1 }]));
  await gaHolds.announceChange(returned);
  expect(await remaining()).toBe(3);
});
