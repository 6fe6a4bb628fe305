import { randomBytes } from 'node:crypto';
import type { Queryable } from '../../platform/db/sql-client';

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** 16 base32 characters (80 random bits): unguessable, and easy to read out at the gangway. */
function ticketCode(): string {
  const bytes = randomBytes(16);
  return Array.from(bytes, (byte) => BASE32[byte % 32]).join('');
}

/** An order line as a ticket is issued for it (the orders module reads them). */
export interface LineToTicket {
  id: string;
  eventId: string;
  seatCode: string | null;
  ticketTypeId: string;
}

/**
 * One ticket per order line, inside the payment's transaction, in the lines' order. The
 * ticket's unique order line makes a second issue for the same line fail rather than double.
 *
 * @example
 * await issueForOrder(tx, orderId, await orderLinesToFulfil(tx, orderId));
 */
export async function issueForOrder(tx: Queryable, orderId: string, lines: ReadonlyArray<LineToTicket>): Promise<number> {
  for (const line of lines) {
    await tx.query(
      `INSERT INTO ticket (order_id, order_line_id, event_id, seat_code, ticket_type_id, code) VALUES ($1, $2, $3, $4, $5, $6)`,
      [orderId, line.id, line.eventId, line.seatCode, line.ticketTypeId, ticketCode()],
    );
  }
  return lines.length;
}
