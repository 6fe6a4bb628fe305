import type { EntityManager } from 'typeorm';
import type { PendingSeatChanges } from '../seating/seat-sales';

/** What releasing an order's holds changed, to announce after commit. */
export interface ReleasedHolds {
  seats: PendingSeatChanges | null;
  gaEventId: string | null;
}

/**
 * Frees what an unpaid order still holds — seats it held and GA places it counted — and closes
 * its holds. Runs inside the transaction that cancels or expires the order.
 */
export async function releaseOrderHolds(tx: EntityManager, orderId: string): Promise<ReleasedHolds> {
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
    await tx.query('SELECT 1 FROM ga_inventory WHERE event_id = $1 FOR UPDATE', [eventId]);
    await tx.query(
      `WITH items AS (SELECT ticket_type_id, quantity FROM ga_hold_item WHERE hold_id = $1),
       per_type AS (
         UPDATE ga_type_inventory t SET held = t.held - i.quantity FROM items i
          WHERE t.event_id = $2 AND t.ticket_type_id = i.ticket_type_id RETURNING 1
       )
       UPDATE ga_inventory SET held = held - (SELECT COALESCE(sum(quantity), 0) FROM items), version = nextval('seat_change_seq')
        WHERE event_id = $2`,
      [holdId, eventId],
    );
    gaEventId = eventId;
  }
  if (holds.length > 0) await tx.query("UPDATE hold SET status = 'released' WHERE id = ANY ($1::uuid[])", [holds.map((h) => h.id)]);
  return { seats, gaEventId };
}
