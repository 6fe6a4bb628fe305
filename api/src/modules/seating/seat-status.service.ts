import type { DataSource } from 'typeorm';
import type { Logger } from '../../platform/logger';
import { SeatingErrors } from './seating.errors';
import { statusFor, type SeatStatus } from './seating.events';
import type { SailingDirectory, Sailing } from './sailing-directory';
import type { SupplierSeatLocks } from './supplier-seat-locks';
import * as seatSql from './seat-claims.sql';
import * as gaSql from './ga-holds.sql';

export interface SeatState {
  seatCode: string;
  status: SeatStatus;
  version: number;
}

export type SeatAvailability =
  | {
      eventId: string;
      seatingMode: 'assigned';
      version: number;
      seats: SeatState[];
      /** When the caller's own hold lapses, if it has one. */
      holdExpiresAt: string | null;
    }
  | {
      eventId: string;
      seatingMode: 'general';
      version: number;
      capacity: number;
      remaining: number;
      ticketTypes: Array<{ ticketTypeId: string; quota: number | null; remaining: number }>;
    };

/**
 * What every seat of a sailing looks like to one viewer, straight from PostgreSQL: a lapsed
 * hold reads as free even before the cleaner frees it, and seats a supplier cannot vouch for
 * read as unknown.
 */
export class SeatStatusService {
  constructor(
    private readonly db: DataSource,
    private readonly sailings: SailingDirectory,
    private readonly supplier: SupplierSeatLocks,
    private readonly logger: Logger,
  ) {}

  async requireSailing(eventId: string): Promise<Sailing> {
    const sailing = await this.sailings.find(eventId);
    if (!sailing) throw SeatingErrors.eventNotFound(eventId);
    return sailing;
  }

  async availability(eventId: string, viewerSession: string | null): Promise<SeatAvailability> {
    const sailing = await this.requireSailing(eventId);
    // Read the version first: every change up to it is already in what we read next.
    const version = await seatSql.currentVersion(this.db);
    if (sailing.seatingMode === 'general') {
      const ga = await gaSql.selectGaAvailability(this.db, eventId, sailing.capacity, sailing.ticketTypes);
      return { eventId, seatingMode: 'general', version, capacity: ga.capacity, remaining: ga.remaining, ticketTypes: ga.ticketTypes };
    }
    const [claims, remote] = await Promise.all([seatSql.selectClaims(this.db, eventId), this.remoteUnavailable(sailing)]);
    const byCode = new Map(claims.map((claim) => [claim.seatCode, claim]));
    const now = Date.now();
    let holdExpiresAt: string | null = null;
    const seats: SeatState[] = [...sailing.seats.keys()].sort().map((seatCode) => {
      const claim = byCode.get(seatCode);
      if (!claim || claim.state === 'free') {
        const status: SeatStatus = remote === 'unknown' ? 'unknown' : remote.has(seatCode) ? 'sold' : 'free';
        return { seatCode, status, version: claim?.version ?? 0 };
      }
      const expiresAt = claim.expiresAt?.toISOString() ?? null;
      const status = statusFor({ state: claim.state, sessionId: claim.sessionId, expiresAt }, viewerSession, now);
      if (status === 'selected' && expiresAt) holdExpiresAt = expiresAt;
      return { seatCode, status: status === 'free' && remote === 'unknown' ? 'unknown' : status, version: claim.version };
    });
    return { eventId, seatingMode: 'assigned', version, seats, holdExpiresAt };
  }

  /**
   * Seats or places taken per sailing — sold, or held and not lapsed — in one round trip, for
   * the catalog's "few seats left". Sailings with nothing taken are absent.
   */
  async takenPlaces(eventIds: string[]): Promise<Map<string, number>> {
    const rows = (await this.db.query(
      `SELECT event_id, count(*)::int AS taken FROM seat_claim
        WHERE event_id = ANY ($1::uuid[]) AND (state = 'sold' OR (state = 'held' AND expires_at > now()))
        GROUP BY event_id
       UNION ALL
       SELECT event_id, held + sold FROM ga_inventory WHERE event_id = ANY ($1::uuid[])`,
      [eventIds],
    )) as Array<{ event_id: string; taken: number }>;
    return new Map(rows.map((row) => [row.event_id, Number(row.taken)]));
  }

  /** Seats the supplier sold elsewhere, or 'unknown' when it cannot say right now. */
  private async remoteUnavailable(sailing: Sailing): Promise<Set<string> | 'unknown'> {
    if (sailing.supplier === 'own' || !sailing.externalId) return new Set();
    try {
      return new Set(await this.supplier.unavailableSeats(sailing.supplier, sailing.externalId));
    } catch (error) {
      this.logger.warn({ err: error, supplier: sailing.supplier }, 'supplier seat status unavailable');
      return 'unknown';
    }
  }
}
