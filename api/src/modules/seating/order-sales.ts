import type { Queryable } from '../../platform/db/sql-client';
import { sellSeatHold, type PendingSeatChanges } from './seat-sales';
import { sellGaHold } from './ga-hold.service';

/** The order's seats or places could not be sold (a payment that came after its hold lapsed). */
export class NothingLeftToSell extends Error {
  override readonly name = 'NothingLeftToSell';
}

/** What selling an order's seats changed, to announce after commit. */
export interface SoldForOrder {
  seats: PendingSeatChanges[];
  gaChanges: Array<{ eventId: string; version: number }>;
}

/**
 * Sells what a paid order bought, in the payment's transaction: the holds the order took
 * become sales; a seat or place that left its hold (the payment came after the hold lapsed) is
 * sold only if nobody else has it. Throws NothingLeftToSell when a seat has another owner or
 * the places are gone — the caller's rollback then undoes every sale made here.
 *
 * @param lines one per order line: its seat, or none for a GA place of the ticket type
 */
export async function sellHeld(
  tx: Queryable,
  order: { id: string; eventId: string },
  lines: ReadonlyArray<{ seatCode: string | null; ticketTypeId: string }>,
): Promise<SoldForOrder> {
  const result: SoldForOrder = { seats: [], gaChanges: [] };
  const seatCodes = lines.flatMap((l) => (l.seatCode ? [l.seatCode] : []));
  const places = lines.filter((l) => !l.seatCode).length;

  const holds = (await tx.query("SELECT id, kind FROM hold WHERE order_id = $1 AND status = 'ordered' FOR UPDATE", [order.id])) as Array<{
    id: string; kind: 'seats' | 'ga';
  }>;
  let soldSeats = 0;
  for (const hold of holds) {
    if (hold.kind === 'seats') {
      const sold = await sellSeatHold(tx, hold.id);
      if (sold) {
        result.seats.push(sold);
        soldSeats += sold.changes.length;
      }
    } else {
      const sold = await sellGaHold(tx, hold.id);
      if (sold) result.gaChanges.push(sold);
    }
  }
  if (seatCodes.length > 0 && soldSeats < seatCodes.length) {
    // Some seats left the hold (its window passed): sell them only if nobody else has them.
    const late = await sellFreeSeats(tx, order.eventId, seatCodes);
    if (!late) throw new NothingLeftToSell(`seats of order ${order.id} are taken`);
    result.seats.push(late);
  }
  if (places > 0 && result.gaChanges.length === 0) {
    const late = await sellFreePlaces(tx, order.eventId, lines.filter((l) => !l.seatCode).map((l) => l.ticketTypeId));
    if (!late) throw new NothingLeftToSell(`places of order ${order.id} are gone`);
    result.gaChanges.push(late);
  }
  return result;
}

/** Sells seats that are free (or held by a lapsed hold) — all of them, or none. */
async function sellFreeSeats(tx: Queryable, eventId: string, seatCodes: string[]): Promise<PendingSeatChanges | null> {
  const rows = (await tx.query(
    `WITH sold AS (
       INSERT INTO seat_claim AS c (event_id, seat_code, state, version)
       SELECT $1, code, 'sold', nextval('seat_change_seq') FROM unnest($2::text[]) AS code ORDER BY code
       ON CONFLICT (event_id, seat_code) DO UPDATE
          SET state = 'sold', hold_id = NULL, session_id = NULL, expires_at = NULL, version = nextval('seat_change_seq'), updated_at = now()
        WHERE c.state = 'free' OR (c.state = 'held' AND c.expires_at <= now())
       RETURNING c.seat_code, c.version
     ) SELECT seat_code, version FROM sold`,
    [eventId, seatCodes],
  )) as Array<{ seat_code: string; version: string }>;
  if (rows.length < new Set(seatCodes).size) return null;
  return {
    eventId,
    changes: rows.map((r) => ({ seatCode: r.seat_code, state: 'sold', sessionId: null, expiresAt: null, version: Number(r.version) })),
  };
}

/** Sells GA places against what is left, if enough is left. */
async function sellFreePlaces(tx: Queryable, eventId: string, ticketTypeIds: string[]): Promise<{ eventId: string; version: number } | null> {
  const rows = (await tx.query(
    `WITH sold AS (
       UPDATE ga_inventory SET sold = sold + $2, version = nextval('seat_change_seq')
        WHERE event_id = $1 AND capacity - held - sold >= $2 RETURNING version
     ) SELECT version FROM sold`,
    [eventId, ticketTypeIds.length],
  )) as Array<{ version: string }>;
  const row = rows[0];
  if (!row) return null;
  const perType = new Map<string, number>();
  ticketTypeIds.forEach((id) => perType.set(id, (perType.get(id) ?? 0) + 1));
  await tx.query(
    `UPDATE ga_type_inventory t SET sold = t.sold + d.n FROM unnest($2::uuid[], $3::int[]) AS d(id, n)
      WHERE t.event_id = $1 AND t.ticket_type_id = d.id`,
    [eventId, [...perType.keys()], [...perType.values()]],
  );
  return { eventId, version: Number(row.version) };
}
