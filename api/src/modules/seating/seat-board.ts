import type { SeatChange } from './seating.events';

interface KnownSeat {
  state: SeatChange['state'];
  sessionId: string | null;
  expiresAtMs: number;
  version: number;
}

const MAX_SAILINGS = 2_000;

/**
 * What this process last heard about seats, fed by every committed change on the bus. It lets
 * a lock request for a seat that is plainly taken — or being taken by another request right
 * now — fail in microseconds instead of queueing for a database connection. It only ever says
 * "taken"; PostgreSQL still decides every claim, so a stale board costs a round trip, never a
 * double sale.
 */
export class SeatBoard {
  private readonly sailings = new Map<string, Map<string, KnownSeat>>();
  private readonly inFlight = new Map<string, { sessionId: string }>();

  apply(eventId: string, changes: SeatChange[]): void {
    let seats = this.sailings.get(eventId);
    if (!seats) {
      seats = new Map();
      this.sailings.set(eventId, seats);
      if (this.sailings.size > MAX_SAILINGS) this.sailings.delete(this.sailings.keys().next().value as string);
    }
    for (const change of changes) {
      const known = seats.get(change.seatCode);
      if (known && known.version >= change.version) continue;
      seats.set(change.seatCode, {
        state: change.state,
        sessionId: change.sessionId,
        expiresAtMs: change.expiresAt ? Date.parse(change.expiresAt) : 0,
        version: change.version,
      });
    }
  }

  /** Seats among `codes` known to be sold, or held by another session and not yet lapsed. */
  takenByOthers(eventId: string, sessionId: string, codes: string[], now = Date.now()): string[] {
    const seats = this.sailings.get(eventId);
    if (!seats) return [];
    return codes.filter((code) => {
      const seat = seats.get(code);
      if (!seat) return false;
      return seat.state === 'sold' || (seat.state === 'held' && seat.sessionId !== sessionId && seat.expiresAtMs > now);
    });
  }

  /** Seats of the sailing known to be sold or held (by anyone) and not lapsed. */
  countTaken(eventId: string, now = Date.now()): number {
    let taken = 0;
    for (const seat of this.sailings.get(eventId)?.values() ?? []) {
      if (seat.state === 'sold' || (seat.state === 'held' && seat.expiresAtMs > now)) taken += 1;
    }
    return taken;
  }

  /**
   * Runs `claim` with these seats marked in flight for this session. If another session's claim
   * of any of them is already in flight in this process, it fails at once with `busy(codes)`
   * instead of waiting: that claim will almost always win, and a loser that queues only slows
   * everyone (the seat map shows the seat free again if it does not).
   */
  async serialize<T>(eventId: string, sessionId: string, codes: string[], busy: (codes: string[]) => Error, claim: () => Promise<T>): Promise<T> {
    const keys = codes.map((code) => `${eventId}\u0000${code}`);
    const contested = codes.filter((_, i) => {
      const flight = this.inFlight.get(keys[i]!);
      return flight !== undefined && flight.sessionId !== sessionId;
    });
    if (contested.length > 0) throw busy(contested);
    const entry = { sessionId };
    keys.forEach((key) => this.inFlight.set(key, entry));
    try {
      return await claim();
    } finally {
      keys.forEach((key) => {
        if (this.inFlight.get(key) === entry) this.inFlight.delete(key);
      });
    }
  }
}
