import { startTestApp, type TestApp } from '../../test/test-app';
import { listen, makeGaSailing, makeSeatedSailing, newSession, postJson } from '../../test/seating-factory';

/**
 * Many buyers at once, through the HTTP API against real PostgreSQL: never two owners of a
 * seat, never more places than capacity, never a partial multi-seat hold, never a 500.
 */
let t: TestApp;
let base: string;
beforeAll(async () => {
  t = await startTestApp({ poolSize: 10 });
  base = await listen(t);
});
afterAll(() => t.close());

it('500 concurrent lock requests for 50 seats hold exactly 50 seats, each by one session', async () => {
  const sailing = await makeSeatedSailing(t, { rows: 5, seatsPerRow: 10 });
  const sessions = Array.from({ length: 500 }, () => newSession());
  const results = await Promise.all(
    sessions.map((sessionId, i) => postJson(`${base}/api/v1/events/${sailing.eventId}/seats/lock`, { sessionId, seats: [sailing.seatCodes[i % 50]] })),
  );
  const statuses = results.map((r) => r.status);
  expect(statuses.filter((s) => s >= 500)).toEqual([]);
  expect(statuses.filter((s) => s === 200)).toHaveLength(50);
  expect(new Set(statuses)).toEqual(new Set([200, 409]));
  const held = (await t.db.query(
    "SELECT seat_code, session_id FROM seat_claim WHERE event_id = $1 AND state = 'held'",
    [sailing.eventId],
  )) as Array<{ seat_code: string; session_id: string }>;
  expect(held).toHaveLength(50);
  expect(new Set(held.map((h) => h.seat_code)).size).toBe(50);
  // Whoever the database says holds a seat is exactly whoever was told "200".
  const winners = new Map(results.flatMap((r, i) => (r.status === 200 ? [[sailing.seatCodes[i % 50], sessions[i]] as const] : [])));
  for (const row of held) expect(winners.get(row.seat_code)).toBe(row.session_id);
});

it('overlapping multi-seat requests never leave a partial hold', async () => {
  const sailing = await makeSeatedSailing(t, { rows: 3, seatsPerRow: 10 });
  const requests = Array.from({ length: 300 }, (_, i) => {
    const start = (i * 7) % 28;
    return { sessionId: newSession(), seats: sailing.seatCodes.slice(start, start + 2 + (i % 3)) };
  });
  const results = await Promise.all(requests.map((body) => postJson(`${base}/api/v1/events/${sailing.eventId}/seats/lock`, body)));
  expect(results.filter((r) => r.status >= 500)).toEqual([]);
  const held = (await t.db.query(
    "SELECT seat_code, session_id FROM seat_claim WHERE event_id = $1 AND state = 'held'",
    [sailing.eventId],
  )) as Array<{ seat_code: string; session_id: string }>;
  const bySession = new Map<string, string[]>();
  held.forEach((h) => bySession.set(h.session_id, [...(bySession.get(h.session_id) ?? []), h.seat_code]));
  requests.forEach((req, i) => {
    const got = (bySession.get(req.sessionId) ?? []).sort();
    if (results[i]!.status === 200) expect(got).toEqual([...req.seats].sort());
    else expect(got).toEqual([]);
  });
  expect(results.some((r) => r.status === 200)).toBe(true);
  expect(new Set(held.map((h) => h.seat_code)).size).toBe(held.length);
});

it('500 concurrent general-admission holds against a capacity of 50 hold exactly 50 places', async () => {
  const sailing = await makeGaSailing(t, { capacity: 50 });
  const results = await Promise.all(
    Array.from({ length: 500 }, () =>
      postJson(`${base}/api/v1/events/${sailing.eventId}/holds`, { sessionId: newSession(), items: [{ ticketTypeId: sailing.adultId, quantity: 1 }] }),
    ),
  );
  expect(results.filter((r) => r.status >= 500)).toEqual([]);
  expect(results.filter((r) => r.status === 200)).toHaveLength(50);
  expect(new Set(results.filter((r) => r.status !== 200).map((r) => r.body.code))).toEqual(new Set(['sold_out']));
  const [inventory] = await t.db.query('SELECT held, capacity FROM ga_inventory WHERE event_id = $1', [sailing.eventId]);
  expect(inventory).toEqual({ held: 50, capacity: 50 });
  const [items] = await t.db.query(
    "SELECT sum(quantity)::int AS placed FROM ga_hold_item i JOIN hold h ON h.id = i.hold_id WHERE h.event_id = $1 AND h.status = 'active'",
    [sailing.eventId],
  );
  expect(items.placed).toBe(50);
});

it('the database refuses more than capacity even if the application were wrong', async () => {
  const sailing = await makeGaSailing(t, { capacity: 2 });
  await postJson(`${base}/api/v1/events/${sailing.eventId}/holds`, { sessionId: newSession(), items: [{ ticketTypeId: sailing.adultId, quantity: 2 }] });
  await expect(t.db.query('UPDATE ga_inventory SET held = held + 1 WHERE event_id = $1', [sailing.eventId])).rejects.toThrow(/check constraint/);
  await expect(
    t.db.query("INSERT INTO seat_claim (event_id, seat_code, state, version) VALUES ($1, 'X1', 'sold', 1), ($1, 'X1', 'sold', 2)", [sailing.eventId]),
  ).rejects.toThrow(/duplicate key/);
});
