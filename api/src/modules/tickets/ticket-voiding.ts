import type { Queryable } from '../../platform/db/sql-client';

export interface VoidedTicket {
  eventId: string;
  /** null for general admission. */
  seatCode: string | null;
  ticketTypeId: string;
}

/**
 * Voids the still-valid tickets a refund covers, inside the refund's transaction: their QR
 * codes stop boarding. Returns what was voided (a ticket already void is left alone), so the
 * caller can put those seats and places back on sale.
 */
export async function voidForRefund(tx: Queryable, ticketIds: string[]): Promise<VoidedTicket[]> {
  const rows = (await tx.query(
    `WITH voided AS (
       UPDATE ticket t SET status = 'void'
        WHERE t.id = ANY ($1::uuid[]) AND t.status = 'valid'
       RETURNING t.event_id, t.seat_code, t.ticket_type_id
     ) SELECT * FROM voided`,
    [ticketIds],
  )) as Array<{ event_id: string; seat_code: string | null; ticket_type_id: string }>;
  return rows.map((r) => ({ eventId: r.event_id, seatCode: r.seat_code, ticketTypeId: r.ticket_type_id }));
}

/** How many of the order's tickets are still valid. */
export async function countValidTickets(tx: Queryable, orderId: string): Promise<number> {
  const [{ left } = { left: 0 }] = (await tx.query("SELECT count(*)::int AS left FROM ticket WHERE order_id = $1 AND status = 'valid'", [
    orderId,
  ])) as Array<{ left: number }>;
  return left;
}
