/**
 * Live seat status for a seat map: subscribes to GET /events/{id}/seats/stream and keeps a
 * state that only ever moves forward — a seat's change is applied only when its version is
 * newer than the one held, so repeats and late deliveries after a reconnect are harmless.
 *
 * @example
 * const stream = subscribeToSeats({
 *   baseUrl: location.origin, eventId, sessionId,
 *   onChange: (state) => render(state.seats),
 * });
 * // later
 * stream.close();
 */
import type { components } from './schema.js';
import { API_BASE_PATH } from './constants.js';

export type SeatStatus = components['schemas']['SeatState']['status'];
export type Availability = components['schemas']['Availability'];

export interface SeatMapState {
  /** The last version seen: what a reconnect resumes from. */
  version: number;
  seatingMode: 'assigned' | 'general' | null;
  seats: Map<string, { status: SeatStatus; version: number }>;
  /** General admission: places left overall and per ticket type. */
  remaining: number | null;
  ticketTypes: Map<string, number>;
}

export interface SeatChangeEvent {
  version: number;
  seats: Array<{ seatCode: string; status: SeatStatus; version: number }>;
}

export interface CapacityEvent {
  version: number;
  remaining: number;
  ticketTypes: Array<{ ticketTypeId: string; remaining: number }>;
}

export function emptySeatMapState(): SeatMapState {
  return { version: 0, seatingMode: null, seats: new Map(), remaining: null, ticketTypes: new Map() };
}

/** Applies a snapshot (the getSeatStatus body) without undoing changes already newer. */
export function applySnapshot(state: SeatMapState, snapshot: Availability): SeatMapState {
  const next: SeatMapState = { ...state, seats: new Map(state.seats), ticketTypes: new Map(state.ticketTypes) };
  next.seatingMode = snapshot.seatingMode;
  next.version = Math.max(state.version, snapshot.version);
  if (snapshot.seatingMode === 'assigned') {
    for (const seat of snapshot.seats) {
      const known = next.seats.get(seat.seatCode);
      if (!known || known.version <= seat.version) next.seats.set(seat.seatCode, { status: seat.status, version: seat.version });
    }
  } else {
    next.remaining = snapshot.remaining;
    snapshot.ticketTypes.forEach((t) => next.ticketTypes.set(t.ticketTypeId, t.remaining));
  }
  return next;
}

/** Applies seat changes whose versions are newer than what the state holds. */
export function applySeatChanges(state: SeatMapState, event: SeatChangeEvent): SeatMapState {
  const seats = new Map(state.seats);
  for (const change of event.seats) {
    const known = seats.get(change.seatCode);
    if (!known || known.version < change.version) seats.set(change.seatCode, { status: change.status, version: change.version });
  }
  return { ...state, seats, version: Math.max(state.version, event.version) };
}

export function applyCapacity(state: SeatMapState, event: CapacityEvent): SeatMapState {
  if (event.version < state.version && state.remaining !== null) return state;
  return {
    ...state,
    version: Math.max(state.version, event.version),
    remaining: event.remaining,
    ticketTypes: new Map(event.ticketTypes.map((t) => [t.ticketTypeId, t.remaining])),
  };
}

/** The browser's EventSource, or a compatible implementation (the `eventsource` package in Node). */
export interface EventSourceLike {
  readonly readyState: number;
  addEventListener(type: string, listener: (event: { data: string; lastEventId?: string }) => void): void;
  close(): void;
  onerror: ((event: never) => void) | null;
}
export type EventSourceConstructor = new (url: string) => EventSourceLike;

export interface SeatStreamOptions {
  baseUrl: string;
  eventId: string;
  /** Seats this session holds arrive as `selected`. */
  sessionId?: string;
  onChange(state: SeatMapState): void;
  /** Called when the connection drops; it reconnects by itself. */
  onDisconnect?(): void;
  EventSource?: EventSourceConstructor;
  /** First reconnect delay; doubles up to 30 s while the server stays away. */
  retryMs?: number;
}

const CLOSED = 2;

/**
 * Opens the seat stream. The browser's EventSource already resumes with Last-Event-ID after a
 * network blip; when it gives up (the server answered an error) this reopens it after a
 * back-off, passing the last version as `lastEventId`, so the map never silently freezes.
 */
export function subscribeToSeats(options: SeatStreamOptions): { close(): void; state(): SeatMapState } {
  const Source = options.EventSource ?? (globalThis as { EventSource?: EventSourceConstructor }).EventSource;
  if (!Source) throw new Error('subscribeToSeats needs an EventSource implementation');
  let state = emptySeatMapState();
  let source: EventSourceLike | null = null;
  let closed = false;
  let delay = options.retryMs ?? 1_000;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const update = (next: SeatMapState) => {
    state = next;
    options.onChange(state);
  };
  const connect = () => {
    const params = new URLSearchParams();
    if (options.sessionId) params.set('sessionId', options.sessionId);
    if (state.version > 0) params.set('lastEventId', String(state.version));
    const query = params.toString();
    const url = `${options.baseUrl.replace(/\/+$/, '')}${API_BASE_PATH}/events/${encodeURIComponent(options.eventId)}/seats/stream${query ? `?${query}` : ''}`;
    source = new Source(url);
    const receive = <T>(apply: (current: SeatMapState, data: T) => SeatMapState) => (event: { data: string }) => {
      delay = options.retryMs ?? 1_000;
      update(apply(state, JSON.parse(event.data) as T));
    };
    source.addEventListener('snapshot', receive<Availability>(applySnapshot));
    source.addEventListener('seat', receive<SeatChangeEvent>(applySeatChanges));
    source.addEventListener('capacity', receive<CapacityEvent>(applyCapacity));
    source.onerror = () => {
      options.onDisconnect?.();
      if (closed || !source || source.readyState !== CLOSED) return;
      timer = setTimeout(connect, delay);
      delay = Math.min(delay * 2, 30_000);
    };
  };
  connect();
  return {
    state: () => state,
    close() {
      closed = true;
      clearTimeout(timer);
      source?.close();
    },
  };
}
