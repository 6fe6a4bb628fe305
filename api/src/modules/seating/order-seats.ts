import type { Queryable } from '../../platform/db/sql-client';
import type { PendingSeatChanges } from './seat-sales';
import { adjustHeld, gaHoldItems, lockExistingInventory } from './ga-holds.sql';

/**
 * What the orders module asks of seating while an order is made and while it stays unpaid: the
 * holds and claims are seating's, so the statements live here and run in the caller's
 * transaction (the order and its seats commit or roll back together).
 */

export interface SessionHold {
  id: string;
  kind: 'seats' | 'ga';
}

/**
 * The session's open, unexpired holds on the sailing (all of them, or the ones named), oldest
 * first, locked for the caller's transaction: a concurrent checkout of the same holds waits.
 */
export async function lockSessionHolds(
  tx: Queryable,
  input: { eventId: string; sessionId: string; holdIds?: string[] | undefined },
): Promise<SessionHold[]> {
  return (await tx.query(
    `SELECT id, kind FROM hold
      WHERE event_id = $1 AND session_id = $2 AND status = 'active' AND expires_at > now()
        AND ($3::uuid[] IS NULL OR id = ANY ($3::uuid[]))
      ORDER BY created_at
        FOR UPDATE`,
    [input.eventId, input.sessionId, input.holdIds ?? null],
  )) as SessionHold[];
}

export interface HeldSeatsAndPlaces {
  /** Seats still held (unexpired) by the holds, by seat code, with their vessel category. */
  seats: Array<{ seatCode: string; categoryId: string }>;
  /** GA places of the holds per ticket type. */
  places: Array<{ ticketTypeId: string; quantity: number }>;
}

/** What the holds hold: their live seats and their GA places. */
export async function heldSeatsAndPlaces(tx: Queryable, holdIds: string[]): Promise<HeldSeatsAndPlaces> {
  const seats = (await tx.query(
    `SELECT c.seat_code, s.category_id FROM seat_claim c
       JOIN event e ON e.id = c.event_id
       JOIN seat s ON s.vessel_id = e.vessel_id AND s.seat_code = c.seat_code
      WHERE c.hold_id = ANY ($1::uuid[]) AND c.state = 'held' AND c.expires_at > now()
      ORDER BY c.seat_code`,
    [holdIds],
  )) as Array<{ seat_code: string; category_id: string }>;
  const places = (await tx.query(
    'SELECT ticket_type_id, quantity FROM ga_hold_item WHERE hold_id = ANY ($1::uuid[]) ORDER BY ticket_type_id',
    [holdIds],
  )) as Array<{ ticket_type_id: string; quantity: number }>;
  return {
    seats: seats.map((s) => ({ seatCode: s.seat_code, categoryId: s.category_id })),
    places: places.map((p) => ({ ticketTypeId: p.ticket_type_id, quantity: p.quantity })),
  };
}

/**
 * The holds now belong to the order: held through its payment window (`until`), out of the
 * session's reach — the session can neither release nor extend them any more.
 */
export async function holdForOrder(tx: Queryable, orderId: string, holdIds: string[], until: Date | undefined): Promise<void> {
  await tx.query(
    `WITH h AS (
       UPDATE hold SET status = 'ordered', order_id = $1, expires_at = $3 WHERE id = ANY ($2::uuid[]) RETURNING id
     )
     UPDATE seat_claim SET expires_at = $3 WHERE hold_id IN (SELECT id FROM h) AND state = 'held'`,
    [orderId, holdIds, until],
  );
}

/** What releasing an order's holds changed, to announce after commit. */
export interface ReleasedHolds {
  seats: PendingSeatChanges | null;
  gaEventId: string | null;
}

/**
 * Frees what an unpaid order still holds — seats it held and GA places it counted — and closes
 * its holds. Runs inside the transaction that cancels or expires the order.
 */
export async function releaseForOrder(tx: Queryable, orderId: string): Promise<ReleasedHolds> {
  const holds = (await tx.query(
    "SELECT id, kind, event_id FROM hold WHERE order_id = $1 AND status = 'ordered' FOR UPDATE",
    [orderId],
  )) as Array<{ id: string; kind: 'seats' | 'ga'; event_id: string }>;
  const seatHolds = holds.filter((h) => h.kind === 'seats').map((h) => h.id);
  const gaHolds = holds.filter((h) => h.kind === 'ga').map((h) => h.id);
  let seats: PendingSeatChanges | null = null;
  if (seatHolds.length > 0) {
    const rows = (await tx.query(
      `WITH freed AS (
         UPDATE seat_claim SET state = 'free', hold_id = NULL, session_id = NULL, expires_at = NULL,
                version = nextval('seat_change_seq'), updated_at = now()
          WHERE hold_id = ANY ($1::uuid[]) AND state = 'held'
         RETURNING event_id, seat_code, version
       ) SELECT event_id, seat_code, version FROM freed ORDER BY seat_code`,
      [seatHolds],
    )) as Array<{ event_id: string; seat_code: string; version: string }>;
    if (rows[0]) {
      seats = {
        eventId: rows[0].event_id,
        changes: rows.map((r) => ({ seatCode: r.seat_code, state: 'free', sessionId: null, expiresAt: null, version: Number(r.version) })),
      };
    }
  }
  let gaEventId: string | null = null;
  for (const holdId of gaHolds) {
    const eventId = holds.find((h) => h.id === holdId)?.event_id as string;
    await lockExistingInventory(tx, eventId);
    const items = await gaHoldItems(tx, holdId);
    await adjustHeld(tx, eventId, new Map([...items].map(([ticketTypeId, quantity]) => [ticketTypeId, -quantity])));
    gaEventId = eventId;
  }
  if (holds.length > 0) await tx.query("UPDATE hold SET status = 'released' WHERE id = ANY ($1::uuid[])", [holds.map((h) => h.id)]);
  return { seats, gaEventId };
}

/** The sailing's GA inventory version (0 before its first hold), to announce a committed change with. */
export async function gaInventoryVersion(db: Queryable, eventId: string): Promise<number> {
  const [row] = (await db.query('SELECT version FROM ga_inventory WHERE event_id = $1', [eventId])) as Array<{ version: string }>;
  return Number(row?.version ?? 0);
}
