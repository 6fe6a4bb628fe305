import { applyCapacity, applySeatChanges, applySnapshot, emptySeatMapState, subscribeToSeats, type EventSourceLike } from './seat-stream.js';

describe('seat map state', () => {
  it('applies a seat change only when it is newer than what it holds', () => {
    let state = applySnapshot(emptySeatMapState(), {
      eventId: 'e', seatingMode: 'assigned', version: 10, holdExpiresAt: null,
      seats: [{ seatCode: 'A1', status: 'free', version: 0 }, { seatCode: 'A2', status: 'reserved', version: 9 }],
    });
    state = applySeatChanges(state, { version: 12, seats: [{ seatCode: 'A1', status: 'reserved', version: 12 }] });
    // A late, older delivery (e.g. replayed after a reconnect) changes nothing.
    state = applySeatChanges(state, { version: 8, seats: [{ seatCode: 'A2', status: 'free', version: 8 }, { seatCode: 'A1', status: 'free', version: 11 }] });
    expect(state.seats.get('A1')).toEqual({ status: 'reserved', version: 12 });
    expect(state.seats.get('A2')).toEqual({ status: 'reserved', version: 9 });
    expect(state.version).toBe(12);
  });

  it('keeps newer changes when a snapshot arrives late', () => {
    let state = applySeatChanges(emptySeatMapState(), { version: 20, seats: [{ seatCode: 'A1', status: 'sold', version: 20 }] });
    state = applySnapshot(state, { eventId: 'e', seatingMode: 'assigned', version: 15, holdExpiresAt: null, seats: [{ seatCode: 'A1', status: 'free', version: 3 }] });
    expect(state.seats.get('A1')?.status).toBe('sold');
  });

  it('tracks remaining general-admission places', () => {
    let state = applySnapshot(emptySeatMapState(), {
      eventId: 'e', seatingMode: 'general', version: 1, capacity: 40, remaining: 40, ticketTypes: [{ ticketTypeId: 't', quota: null, remaining: 40 }],
    });
    state = applyCapacity(state, { version: 5, remaining: 37, ticketTypes: [{ ticketTypeId: 't', remaining: 37 }] });
    expect(state.remaining).toBe(37);
    expect(state.ticketTypes.get('t')).toBe(37);
  });
});

describe('subscribeToSeats', () => {
  class FakeSource implements EventSourceLike {
    static opened: FakeSource[] = [];
    readyState = 1;
    onerror: ((event: unknown) => void) | null = null;
    listeners = new Map<string, (event: { data: string }) => void>();
    constructor(readonly url: string) {
      FakeSource.opened.push(this);
    }
    addEventListener(type: string, listener: (event: { data: string }) => void) {
      this.listeners.set(type, listener);
    }
    emit(type: string, data: unknown) {
      this.listeners.get(type)?.({ data: JSON.stringify(data) });
    }
    close() {
      this.readyState = 2;
    }
  }

  it('reopens a stream the browser gave up on, resuming from the last version', async () => {
    const states: number[] = [];
    const stream = subscribeToSeats({
      baseUrl: 'http://shop.test/', eventId: 'e1', sessionId: 'session-1234', EventSource: FakeSource, retryMs: 10,
      onChange: (state) => states.push(state.version),
    });
    const first = FakeSource.opened[0]!;
    expect(first.url).toBe('http://shop.test/api/v1/events/e1/seats/stream?sessionId=session-1234');
    first.emit('snapshot', { eventId: 'e1', seatingMode: 'assigned', version: 7, holdExpiresAt: null, seats: [] });
    first.emit('seat', { version: 9, seats: [{ seatCode: 'A1', status: 'reserved', version: 9 }] });
    first.readyState = 2;
    first.onerror?.({});
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(FakeSource.opened[1]?.url).toBe('http://shop.test/api/v1/events/e1/seats/stream?sessionId=session-1234&lastEventId=9');
    expect(states).toEqual([7, 9]);
    stream.close();
    expect(FakeSource.opened[1]?.readyState).toBe(2);
  });
});
