import type { Queryable } from '../../platform/db/sql-client';

/**
 * What catalog management asks of seating when a sailing or its vessel changes: the holds and
 * inventories of a sailing are seating's, so the statements live here and run in the caller's
 * transaction (the catalog change and its seating effect commit together).
 */

/**
 * No open hold of the sailing may become an order any more (the sailing is being cancelled):
 * locking the open holds waits for any checkout using them; once they lapse, none can.
 */
export async function lapseOpenHolds(tx: Queryable, eventId: string): Promise<void> {
  await tx.query("SELECT id FROM hold WHERE event_id = $1 AND status = 'active' FOR UPDATE", [eventId]);
  await tx.query(
    "UPDATE seat_claim SET expires_at = now() WHERE state = 'held' AND hold_id IN (SELECT id FROM hold WHERE event_id = $1 AND status = 'active')",
    [eventId],
  );
  await tx.query("UPDATE hold SET expires_at = now() WHERE event_id = $1 AND status = 'active'", [eventId]);
}

/** Whether seats or places of the sailing are sold, or held by a hold that has not lapsed. */
export async function sailingHasSeatsTaken(tx: Queryable, eventId: string): Promise<boolean> {
  const [row] = (await tx.query(
    `SELECT EXISTS (SELECT 1 FROM seat_claim WHERE event_id = $1 AND (state = 'sold' OR (state = 'held' AND expires_at > now())))
         OR EXISTS (SELECT 1 FROM ga_inventory WHERE event_id = $1 AND held + sold > 0) AS taken`,
    [eventId],
  )) as Array<{ taken: boolean }>;
  return Boolean(row?.taken);
}

/**
 * General admission: the per-type quotas already counted follow the sailing's new price list.
 * The inventory's CHECK refuses going below what is held and sold (SQLSTATE 23514, left to
 * the caller to explain).
 */
export async function followTicketTypeQuotas(tx: Queryable, eventId: string): Promise<void> {
  await tx.query(
    `UPDATE ga_type_inventory g SET quota = t.quota FROM event_ticket_type t
      WHERE g.event_id = $1 AND t.event_id = g.event_id AND t.ticket_type_id = g.ticket_type_id AND g.quota IS DISTINCT FROM t.quota`,
    [eventId],
  );
}

/**
 * General admission: the vessel's sailings not yet ended take its new capacity. The CHECK
 * refuses going below what is held and sold (SQLSTATE 23514, left to the caller to explain).
 */
export async function resizeUpcomingSailings(tx: Queryable, vesselId: string, capacity: number): Promise<void> {
  await tx.query(
    `UPDATE ga_inventory SET capacity = $2, version = version + 1
      WHERE event_id IN (SELECT id FROM event WHERE vessel_id = $1 AND ends_at > now())`,
    [vesselId, capacity],
  );
}
