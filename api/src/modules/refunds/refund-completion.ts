import type { EntityManager } from 'typeorm';
import { enqueueAll, outboxMessage } from '../../platform/outbox/enqueue';
import { ORDER_REFUNDED_DOCUMENTS } from '../documents/documents.events';
import { REFUND_CONFIRMATION } from '../notifications/notifications.events';
import type { SeatingModule } from '../seating/seating.module';
import type { PendingSeatChanges } from '../seating/seat-sales';
import { transitionOrder } from '../orders/order-transitions';

export interface Completed {
  seats: PendingSeatChanges[];
  gaChanges: Array<{ eventId: string; version: number }>;
}

/**
 * A refund the payment service confirmed, in one transaction: the refund succeeds, its
 * tickets are voided (their QR codes stop boarding), their seats or places go back on sale,
 * the order becomes PARTIALLY_REFUNDED or REFUNDED, and outbox rows ask for the refund
 * confirmation and the corrected documents. Doing it twice does nothing the second time.
 */
export async function completeRefund(tx: EntityManager, seating: SeatingModule, refundId: string): Promise<Completed | null> {
  const [refund] = (await tx.query("SELECT id, order_id, status FROM refund WHERE id = $1 FOR UPDATE", [refundId])) as Array<{
    id: string; order_id: string; status: string;
  }>;
  if (!refund || refund.status !== 'pending') return null;
  const tickets = (await tx.query(
    `WITH voided AS (
       UPDATE ticket t SET status = 'void' FROM refund_ticket rt
        WHERE rt.refund_id = $1 AND rt.ticket_id = t.id AND t.status = 'valid'
       RETURNING t.event_id, t.seat_code, t.ticket_type_id
     ) SELECT * FROM voided`,
    [refundId],
  )) as Array<{ event_id: string; seat_code: string | null; ticket_type_id: string }>;
  await tx.query("UPDATE refund SET status = 'succeeded' WHERE id = $1", [refundId]);

  const result: Completed = { seats: [], gaChanges: [] };
  const eventId = tickets[0]?.event_id;
  if (eventId) {
    const seatCodes = tickets.flatMap((t) => (t.seat_code ? [t.seat_code] : []));
    if (seatCodes.length > 0) result.seats.push(await seating.sales.returnSeats(tx, eventId, seatCodes));
    const places = new Map<string, number>();
    tickets.filter((t) => !t.seat_code).forEach((t) => places.set(t.ticket_type_id, (places.get(t.ticket_type_id) ?? 0) + 1));
    if (places.size > 0) {
      result.gaChanges.push(
        await seating.gaHolds.returnPlaces(tx, eventId, [...places].map(([ticketTypeId, quantity]) => ({ ticketTypeId, quantity }))),
      );
    }
  }
  const [{ left } = { left: 0 }] = (await tx.query("SELECT count(*)::int AS left FROM ticket WHERE order_id = $1 AND status = 'valid'", [
    refund.order_id,
  ])) as Array<{ left: number }>;
  await transitionOrder(tx, refund.order_id, left === 0 ? 'REFUNDED' : 'PARTIALLY_REFUNDED', `refund ${refundId} succeeded`);
  const refunded = { orderId: refund.order_id, refundId };
  await enqueueAll(tx, [outboxMessage(REFUND_CONFIRMATION, refunded), outboxMessage(ORDER_REFUNDED_DOCUMENTS, refunded)]);
  return result;
}
