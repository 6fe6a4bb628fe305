import type { EntityManager } from 'typeorm';
import type { SeatingModule } from '../seating/seating.module';
import type { PendingSeatChanges } from '../seating/seat-sales';
import { settleAfterRefund } from '../orders/order-refund-state';
import { countValidTickets, voidForRefund } from '../tickets/ticket-voiding';

/** The tickets a refund covers (each ticket is in one refund at most). */
async function ticketsOfRefund(tx: EntityManager, refundId: string): Promise<string[]> {
  const rows = (await tx.query('SELECT ticket_id FROM refund_ticket WHERE refund_id = $1', [refundId])) as Array<{ ticket_id: string }>;
  return rows.map((r) => r.ticket_id);
}

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
  const tickets = await voidForRefund(tx, await ticketsOfRefund(tx, refundId));
  await tx.query("UPDATE refund SET status = 'succeeded' WHERE id = $1", [refundId]);

  const result: Completed = { seats: [], gaChanges: [] };
  const eventId = tickets[0]?.eventId;
  if (eventId) {
    const seatCodes = tickets.flatMap((t) => (t.seatCode ? [t.seatCode] : []));
    if (seatCodes.length > 0) result.seats.push(await seating.sales.returnSeats(tx, eventId, seatCodes));
    const places = new Map<string, number>();
    tickets.filter((t) => !t.seatCode).forEach((t) => places.set(t.ticketTypeId, (places.get(t.ticketTypeId) ?? 0) + 1));
    if (places.size > 0) {
      result.gaChanges.push(
        await seating.gaHolds.returnPlaces(tx, eventId, [...places].map(([ticketTypeId, quantity]) => ({ ticketTypeId, quantity }))),
      );
    }
  }
  await settleAfterRefund(tx, refund.order_id, await countValidTickets(tx, refund.order_id), `refund ${refundId} succeeded`);
  await tx.query(
    "INSERT INTO outbox (topic, payload) VALUES ('notification.refund_confirmation', $1), ('documents.order_refunded', $1)",
    [{ orderId: refund.order_id, refundId }],
  );
  return result;
}
