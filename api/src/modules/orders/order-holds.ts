import type { EntityManager } from 'typeorm';
import type { PendingSeatChanges } from '../seating/seat-sales';
import { adjustHeld, gaHoldItems, lockExistingInventory } from '../seating/ga-holds.sql';

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
    await lockExistingInventory(tx, eventId);
    const items = await gaHoldItems(tx, holdId);
    await adjustHeld(tx, eventId, new Map([...items].map(([ticketTypeId, quantity]) => [ticketTypeId, -quantity])));
    gaEventId = eventId;
  }
  if (holds.length > 0) await tx.query("UPDATE hold SET status = 'released' WHERE id = ANY ($1::uuid[])", [holds.map((h) => h.id)]);
  return { seats, gaEventId };
}
