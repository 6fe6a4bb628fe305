/**
 * What the seating module tells other processes after a commit, on the bus topic
 * `seating.changed`. A change carries the holder's session so each process can tell a
 * subscriber "selected" (its own hold) from "reserved" (someone else's); the session never
 * leaves the server.
 */
export const SEATING_TOPIC = 'seating.changed';

export type ClaimState = 'free' | 'held' | 'sold';

export interface SeatChange {
  seatCode: string;
  state: ClaimState;
  sessionId: string | null;
  /** ISO instant the hold lapses; null unless held. */
  expiresAt: string | null;
  version: number;
}

export interface CapacityChange {
  /** Places still available, overall and per ticket type. */
  remaining: number;
  ticketTypes: Array<{ ticketTypeId: string; remaining: number }>;
  version: number;
}

export type SeatingMessage =
  | { kind: 'seats'; eventId: string; changes: SeatChange[] }
  | { kind: 'capacity'; eventId: string; capacity: CapacityChange };

/** The status a viewer sees: a hold is "selected" for its own session, "reserved" for others. */
export type SeatStatus = 'free' | 'sold' | 'reserved' | 'selected' | 'unknown';

export function statusFor(change: Pick<SeatChange, 'state' | 'sessionId' | 'expiresAt'>, viewerSession: string | null, now = Date.now()): SeatStatus {
  if (change.state === 'sold') return 'sold';
  if (change.state === 'free' || !change.expiresAt || Date.parse(change.expiresAt) <= now) return 'free';
  return viewerSession !== null && change.sessionId === viewerSession ? 'selected' : 'reserved';
}

export function isSeatingMessage(value: unknown): value is SeatingMessage {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as { kind?: unknown; eventId?: unknown };
  return (message.kind === 'seats' || message.kind === 'capacity') && typeof message.eventId === 'string';
}
