import { EventSource } from 'eventsource';
import { ApiError, createApiClient, seatingApi, subscribeToSeats, type SeatMapState } from '@prichal/sdk';
import { startTestApp, type TestApp } from '../../test/test-app';
import { listen, makeGaSailing, makeSeatedSailing, newSession } from '../../test/seating-factory';

/** The SDK as the shop uses it: typed seating calls and the live seat stream, against the real API. */
let t: TestApp;
let base: string;
beforeAll(async () => {
  t = await startTestApp();
  base = await listen(t);
});
afterAll(() => t.close());

function waitFor(read: () => SeatMapState | undefined, predicate: (state: SeatMapState) => boolean, timeoutMs = 3_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const poll = setInterval(() => {
      const state = read();
      if (state && predicate(state)) {
        clearInterval(poll);
        resolve();
      } else if (Date.now() - started > timeoutMs) {
        clearInterval(poll);
        reject(new Error('seat map state did not reach the expected state'));
      }
    }, 10);
  });
}

it('locks, sees its seats selected live, gets typed problems, and releases', async () => {
  const sailing = await makeSeatedSailing(t);
  const seating = seatingApi(createApiClient({ baseUrl: base }));
  const buyer = newSession();
  let latest: SeatMapState | undefined;
  const stream = subscribeToSeats({ baseUrl: base, eventId: sailing.eventId, sessionId: buyer, EventSource, onChange: (s) => (latest = s) });
  try {
    await waitFor(() => latest, (s) => s.seats.size === sailing.seatCodes.length);
    const hold = await seating.lockSeats(sailing.eventId, buyer, ['D1-R1-S2', 'D1-R1-S3']);
    expect(hold.seats).toEqual(['D1-R1-S2', 'D1-R1-S3']);
    await waitFor(() => latest, (s) => s.seats.get('D1-R1-S2')?.status === 'selected');

    const failure = await seating.lockSeats(sailing.eventId, newSession(), ['D1-R1-S3']).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ApiError);
    expect((failure as ApiError).problem).toMatchObject({ code: 'seats_taken', params: { seats: ['D1-R1-S3'] } });

    const best = await seating.lockBestSeats(sailing.eventId, { sessionId: newSession(), count: 2 });
    await waitFor(() => latest, (s) => best.seats.every((code) => s.seats.get(code)?.status === 'reserved'));

    await seating.releaseHold(sailing.eventId, hold.id, buyer);
    await waitFor(() => latest, (s) => s.seats.get('D1-R1-S2')?.status === 'free');
    const status = await seating.seatStatus(sailing.eventId, buyer);
    expect(status.seatingMode).toBe('assigned');
  } finally {
    stream.close();
  }
});

it('follows general-admission places', async () => {
  const sailing = await makeGaSailing(t, { capacity: 12 });
  const seating = seatingApi(createApiClient({ baseUrl: base }));
  let latest: SeatMapState | undefined;
  const stream = subscribeToSeats({ baseUrl: base, eventId: sailing.eventId, EventSource, onChange: (s) => (latest = s) });
  try {
    await waitFor(() => latest, (s) => s.remaining === 12);
    await seating.holdPlaces(sailing.eventId, newSession(), [{ ticketTypeId: sailing.adultId, quantity: 4 }]);
    await waitFor(() => latest, (s) => s.remaining === 8);
  } finally {
    stream.close();
  }
});
