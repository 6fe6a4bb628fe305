import type { Queryable } from '../../platform/db/sql-client';
import type { PaymentRequest } from '../payments/payment-gateway';

type LineRow = { description: string; total_kopecks: number; vat_mode: 'none' | 'included' | 'excluded'; vat_percent: number };

function toLines(rows: LineRow[]): PaymentRequest['lines'] {
  return rows.map((l) => ({ description: l.description, totalKopecks: l.total_kopecks, vatMode: l.vat_mode, vatPercent: l.vat_percent }));
}

/** The order's lines as the 54-FZ receipt lists them, in order. */
export async function orderReceiptLines(db: Queryable, orderId: string): Promise<PaymentRequest['lines']> {
  return toLines(
    (await db.query(
      'SELECT description, total_kopecks, vat_mode, vat_percent FROM order_line WHERE order_id = $1 ORDER BY position',
      [orderId],
    )) as LineRow[],
  );
}

/** The lines of the tickets a refund covers: exactly what its refund receipt lists. */
export async function refundReceiptLines(db: Queryable, refundId: string): Promise<PaymentRequest['lines']> {
  return toLines(
    (await db.query(
      `SELECT l.description, l.total_kopecks, l.vat_mode, l.vat_percent FROM refund_ticket rt
         JOIN ticket t ON t.id = rt.ticket_id JOIN order_line l ON l.id = t.order_line_id
        WHERE rt.refund_id = $1 ORDER BY l.position`,
      [refundId],
    )) as LineRow[],
  );
}
