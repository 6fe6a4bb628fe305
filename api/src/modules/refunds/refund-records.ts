import type { EntityManager } from 'typeorm';
import type { Queryable } from '../../platform/db/sql-client';

/** The refunds module's own rows (refund, refund_ticket), as the refund workflow's steps move them. */

export interface PendingRefund {
  orderId: string;
  amountKopecks: number;
  reason: string;
}

/** A refund still waiting for the payment service; null once it succeeded or was cancelled. */
export async function pendingRefund(db: Queryable, refundId: string): Promise<PendingRefund | null> {
  const [refund] = (await db.query('SELECT order_id, status, amount_kopecks, reason FROM refund WHERE id = $1', [refundId])) as Array<{
    order_id: string; status: string; amount_kopecks: number; reason: string;
  }>;
  if (!refund || refund.status !== 'pending') return null;
  return { orderId: refund.order_id, amountKopecks: refund.amount_kopecks, reason: refund.reason };
}

export async function recordGatewayRefundId(db: Queryable, refundId: string, gatewayRefundId: string): Promise<void> {
  await db.query('UPDATE refund SET gateway_refund_id = $2 WHERE id = $1', [refundId, gatewayRefundId]);
}

/** The payment service refused the refund: it ends cancelled and its tickets are free for another try. */
export async function cancelPendingRefund(tx: EntityManager, refundId: string): Promise<void> {
  await tx.query("UPDATE refund SET status = 'canceled' WHERE id = $1 AND status = 'pending'", [refundId]);
  await tx.query('DELETE FROM refund_ticket WHERE refund_id = $1', [refundId]);
}

/** Locks the refund for its completion; null unless it is still pending (completing twice does nothing). */
export async function lockPendingRefund(tx: EntityManager, refundId: string): Promise<{ orderId: string } | null> {
  const [refund] = (await tx.query('SELECT id, order_id, status FROM refund WHERE id = $1 FOR UPDATE', [refundId])) as Array<{
    id: string; order_id: string; status: string;
  }>;
  if (!refund || refund.status !== 'pending') return null;
  return { orderId: refund.order_id };
}

export async function markRefundSucceeded(tx: EntityManager, refundId: string): Promise<void> {
  await tx.query("UPDATE refund SET status = 'succeeded' WHERE id = $1", [refundId]);
}

/** The tickets a refund covers (each ticket is in one refund at most). */
export async function ticketsOfRefund(tx: EntityManager, refundId: string): Promise<string[]> {
  const rows = (await tx.query('SELECT ticket_id FROM refund_ticket WHERE refund_id = $1', [refundId])) as Array<{ ticket_id: string }>;
  return rows.map((r) => r.ticket_id);
}
