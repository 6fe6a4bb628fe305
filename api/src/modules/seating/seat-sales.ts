import type { EntityManager } from 'typeorm';
import type { Queryable } from '../../platform/db/sql-client';
import type { Logger } from '../../platform/logger';
import type { Bus } from '../../platform/bus/bus';
import { SEATING_TOPIC, type SeatChange, type SeatingMessage } from './seating.events';
import type { SeatBoard } from './seat-board';

/** Seat changes made inside a caller's transaction, to announce once it commits. */
export interface PendingSeatChanges {
  eventId: string;
  changes: SeatChange[];
}

/**
 * Turns holds into sales and sold seats back into free ones, inside the transaction of the
 * order or refund that causes it (so a sale and its seats commit or roll back together). The
 * caller announces the returned changes after its commit.
 *
 * @example
 * const sold = await db.transaction((tx) => sales.sellSeatHold(tx, holdId));
 * await sales.announce(sold);
 */
export class SeatSales {
  constructor(
    private readonly board: SeatBoard,
    private readonly bus: Bus,
    private readonly logger: Logger,
  ) {}

  /** Marks every seat the hold still owns as sold and closes the hold as converted. */
  sellSeatHold(tx: EntityManager, holdId: string): Promise<PendingSeatChanges | null> {
    return sellSeatHold(tx, holdId);
  }

  /** Puts sold seats back on sale (a refund or a cancelled order). */
  async returnSeats(tx: EntityManager, eventId: string, seatCodes: string[]): Promise<PendingSeatChanges> {
    const rows = (await tx.query(
      `WITH freed AS (
         UPDATE seat_claim SET state = 'free', version = nextval('seat_change_seq'), updated_at = now()
          WHERE event_id = $1 AND seat_code = ANY ($2::text[]) AND state = 'sold'
         RETURNING seat_code, version
       )
       SELECT seat_code, version FROM freed ORDER BY seat_code`,
      [eventId, seatCodes],
    )) as Array<{ seat_code: string; version: string }>;
    return {
      eventId,
      changes: rows.map((r) => ({ seatCode: r.seat_code, state: 'free', sessionId: null, expiresAt: null, version: Number(r.version) })),
    };
  }

  /** Tells this process's board and every seat stream about committed changes. */
  async announce(pending: PendingSeatChanges | null): Promise<void> {
    if (!pending || pending.changes.length === 0) return;
    this.board.apply(pending.eventId, pending.changes);
    const message: SeatingMessage = { kind: 'seats', eventId: pending.eventId, changes: pending.changes };
    await this.bus.publish(SEATING_TOPIC, message).catch((error: unknown) => this.logger.warn({ err: error }, 'seat sale not published'));
  }
}

/** Marks every seat the hold still owns as sold and closes the hold as converted, in the caller's transaction. */
export async function sellSeatHold(tx: Queryable, holdId: string): Promise<PendingSeatChanges | null> {
  const rows = (await tx.query(
    `WITH sold AS (
       UPDATE seat_claim SET state = 'sold', hold_id = NULL, session_id = NULL, expires_at = NULL,
              version = nextval('seat_change_seq'), updated_at = now()
        WHERE hold_id = $1 AND state = 'held'
       RETURNING event_id, seat_code, version
     ), closed AS (
       UPDATE hold SET status = 'converted' WHERE id = $1 RETURNING id
     )
     SELECT event_id, seat_code, version FROM sold ORDER BY seat_code`,
    [holdId],
  )) as Array<{ event_id: string; seat_code: string; version: string }>;
  const first = rows[0];
  if (!first) return null;
  return {
    eventId: first.event_id,
    changes: rows.map((r) => ({ seatCode: r.seat_code, state: 'sold', sessionId: null, expiresAt: null, version: Number(r.version) })),
  };
}
