import { startTestApp, type TestApp } from '../../test/test-app';
import { listen, makeGaSailing, makeSeatedSailing, newSession, postJson } from '../../test/seating-factory';
import { openSse, type SseConnection } from '../../test/sse-client';

/** GET /events/{id}/seats/stream: snapshot, live changes, heartbeats and resume. */
let t: TestApp;
let base: string;
const open: SseConnection[] = [];
beforeAll(async () => {
  t = await startTestApp({ env: { SSE_HEARTBEAT_MS: '1000' } });
  base = await listen(t);
});
afterEach(() => open.splice(0).forEach((c) => c.close()));
afterAll(() => t.close());

async function stream(eventId: string, query = '', headers: Record<string, string> = {}) {
  const connection = await openSse(`${base}/api/v1/events/${eventId}/seats/stream${query}`, headers);
  open.push(connection);
  return connection;
}
const seatEvent = (code: string, status: string) => (m: { event: string; data: string }) =>
  m.event === 'seat' && JSON.parse(m.data).seats.some((s: { seatCode: string; status: string }) => s.seatCode === code && s.status === status);

it('starts with a snapshot of every seat, then pushes each change with its version', async () => {
  const sailing = await makeSeatedSailing(t, { rows: 2, seatsPerRow: 5 });
  const viewer = await stream(sailing.eventId);
  expect(viewer.status).toBe(200);
  expect(viewer.contentType).toMatch(/^text\/event-stream/);
  const snapshot = await viewer.next((m) => m.event === 'snapshot');
  const body = JSON.parse(snapshot.data);
  expect(body.seats).toHaveLength(10);
  expect(snapshot.id).toBe(String(body.version));

  const sentAt = Date.now();
  await postJson(`${base}/api/v1/events/${sailing.eventId}/seats/lock`, { sessionId: newSession(), seats: ['D1-R1-S1', 'D1-R1-S2'] });
  const change = await viewer.next(seatEvent('D1-R1-S1', 'reserved'));
  expect(change.receivedAt - sentAt).toBeLessThan(1_000);
  const data = JSON.parse(change.data);
  expect(data.seats.map((s: { seatCode: string }) => s.seatCode).sort()).toEqual(['D1-R1-S1', 'D1-R1-S2']);
  expect(data.seats.every((s: { version: number }) => s.version > body.version)).toBe(true);
  expect(Number(change.id)).toBe(Math.max(...data.seats.map((s: { version: number }) => s.version)));
});

it('shows the holder its own seats as selected and everyone else as reserved', async () => {
  const sailing = await makeSeatedSailing(t);
  const buyer = newSession();
  const mine = await stream(sailing.eventId, `?sessionId=${buyer}`);
  const theirs = await stream(sailing.eventId, '', { 'X-Session-Id': newSession() });
  await mine.next((m) => m.event === 'snapshot');
  await theirs.next((m) => m.event === 'snapshot');
  await postJson(`${base}/api/v1/events/${sailing.eventId}/seats/lock`, { sessionId: buyer, seats: ['D1-R2-S2'] });
  await mine.next(seatEvent('D1-R2-S2', 'selected'));
  await theirs.next(seatEvent('D1-R2-S2', 'reserved'));
  await postJson(`${base}/api/v1/events/${sailing.eventId}/seats/unlock`, { sessionId: buyer, seats: ['D1-R2-S2'] });
  await theirs.next(seatEvent('D1-R2-S2', 'free'));
});

it('resumes from Last-Event-ID without a snapshot and without missing a change', async () => {
  const sailing = await makeSeatedSailing(t);
  const first = await stream(sailing.eventId);
  await first.next((m) => m.event === 'snapshot');
  await postJson(`${base}/api/v1/events/${sailing.eventId}/seats/lock`, { sessionId: newSession(), seats: ['D1-R1-S1'] });
  const seen = await first.next(seatEvent('D1-R1-S1', 'reserved'));
  first.close();
  // Changes made while the client is away.
  await postJson(`${base}/api/v1/events/${sailing.eventId}/seats/lock`, { sessionId: newSession(), seats: ['D1-R3-S3'] });
  await postJson(`${base}/api/v1/events/${sailing.eventId}/seats/lock`, { sessionId: newSession(), seats: ['D1-R4-S4'] });
  const resumed = await stream(sailing.eventId, '', { 'Last-Event-ID': seen.id! });
  await resumed.next(seatEvent('D1-R3-S3', 'reserved'));
  await resumed.next(seatEvent('D1-R4-S4', 'reserved'));
  expect(resumed.messages.some((m) => m.event === 'snapshot')).toBe(false);
});

it('sends heartbeats, and streams remaining places for general admission', async () => {
  const sailing = await makeGaSailing(t, { capacity: 8 });
  const viewer = await stream(sailing.eventId);
  const snapshot = JSON.parse((await viewer.next((m) => m.event === 'snapshot')).data);
  expect(snapshot).toMatchObject({ seatingMode: 'general', remaining: 8 });
  await postJson(`${base}/api/v1/events/${sailing.eventId}/holds`, { sessionId: newSession(), items: [{ ticketTypeId: sailing.adultId, quantity: 3 }] });
  const capacity = await viewer.next((m) => m.event === 'capacity');
  expect(JSON.parse(capacity.data)).toMatchObject({ remaining: 5 });
  await new Promise((resolve) => setTimeout(resolve, 1_200));
  expect(viewer.comments).toContain('heartbeat');
});

it('answers 404 and 400 problems before streaming', async () => {
  const missing = await fetch(`${base}/api/v1/events/8a0d7c6e-4a7b-4c1e-9f00-0000000000cc/seats/stream`);
  expect(missing.status).toBe(404);
  expect(missing.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  const sailing = await makeSeatedSailing(t);
  const bad = await fetch(`${base}/api/v1/events/${sailing.eventId}/seats/stream`, { headers: { 'Last-Event-ID': 'yesterday' } });
  expect(bad.status).toBe(400);
});

it('forgets subscribers that disconnect', async () => {
  const sailing = await makeSeatedSailing(t);
  const viewer = await stream(sailing.eventId);
  await viewer.next((m) => m.event === 'snapshot');
  expect(t.services.seating.hub.subscriberCount(sailing.eventId)).toBe(1);
  viewer.close();
  await new Promise((resolve) => setTimeout(resolve, 100));
  expect(t.services.seating.hub.subscriberCount(sailing.eventId)).toBe(0);
});
