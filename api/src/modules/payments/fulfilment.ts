import type { EntityManager } from 'typeorm';
import { enqueueAll, outboxMessage } from '../../platform/outbox/enqueue';
import { ORDER_PAID_DOCUMENTS } from '../documents/documents.events';
import { ORDER_CONFIRMATION } from '../notifications/notifications.events';
import type { SeatingModule } from '../seating/seating.module';
import type { PendingSeatChanges } from '../seating/seat-sales';
import type { TicketsService } from '../tickets/tickets.service';
import { transitionOrder } from '../orders/order-transitions';
import type { OrderStatus } from '../orders/order-status';

/** The order's seats or places could not be sold (a payment that came after its hold lapsed). */
export class NothingLeftToSell extends Error {
  override readonly name = 'NothingLeftToSell';
}

export interface Fulfilled {
  seats: PendingSeatChanges[];
  gaChanges: Array<{ eventId: string; version: number }>;
}

/**
 * A paid order, in one transaction: its holds become sales (or, for a payment that came after
 * the hold lapsed, its seats are sold if they are still free), tickets are issued, the order
 * becomes PAID with a history row, and outbox rows ask for the e-ticket email and the documents.
 * Throws NothingLeftToSell — rolling everything back — when a seat has another owner.
 */
export async function fulfilOrder(
  tx: EntityManager,
  deps: { seating: SeatingModule; tickets: TicketsService },
  order: { id: string; eventId: string; status: OrderStatus; paymentId: string },
): Promise<Fulfilled> {
  const result: Fulfilled = { seats: [], gaChanges: [] };
  const lines = (await tx.query('SELECT seat_code, ticket_type_id FROM order_line WHERE order_id = $1', [order.id])) as Array<{
    seat_code: string | null; ticket_type_id: string;
  }>;
  const seatCodes = lines.flatMap((l) => (l.seat_code ? [l.seat_code] : []));
  const places = lines.filter((l) => !l.seat_code).length;

  const holds = (await tx.query("SELECT id, kind FROM hold WHERE order_id = $1 AND status = 'ordered' FOR UPDATE", [order.id])) as Array<{
    id: string; kind: 'seats' | 'ga';
  }>;
  let soldSeats = 0;
  for (const hold of holds) {
    if (hold.kind === 'seats') {
      const sold = await deps.seating.sales.sellSeatHold(tx, hold.id);
      if (sold) {
        result.seats.push(sold);
        soldSeats += sold.changes.length;
      }
    } else {
      const sold = await deps.seating.gaHolds.sellHold(tx, hold.id);
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
    const late = await sellFreePlaces(tx, order.eventId, lines.filter((l) => !l.seat_code).map((l) => l.ticket_type_id));
    if (!late) throw new NothingLeftToSell(`places of order ${order.id} are gone`);
    result.gaChanges.push(late);
  }

  await deps.tickets.issueForOrder(tx, order.id);
  await transitionOrder(tx, order.id, 'PAID', `payment ${order.paymentId} succeeded`);
  await tx.query("UPDATE orders SET payment_status = 'succeeded' WHERE id = $1", [order.id]);
  // The e-ticket email and the invoice and act are sent by their own workers, after commit.
  await enqueueAll(tx, [outboxMessage(ORDER_CONFIRMATION, { orderId: order.id }), outboxMessage(ORDER_PAID_DOCUMENTS, { orderId: order.id })]);
  return result;
}

/** Sells seats that are free (or held by a lapsed hold) — all of them, or none. */
async function sellFreeSeats(tx: EntityManager, eventId: string, seatCodes: string[]): Promise<PendingSeatChanges | null> {
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
async function sellFreePlaces(tx: EntityManager, eventId: string, ticketTypeIds: string[]): Promise<{ eventId: string; version: number } | null> {
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
