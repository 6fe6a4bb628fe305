import { enqueueAll, outboxMessage } from '../../platform/outbox/enqueue';
import { SAILING_CANCELLED } from '../notifications/notifications.events';
import type { Queryable } from '../../platform/db/sql-client';
import type { OrderStatus } from './order-status';

/**
 * The orders of a sailing the merchant cancels, as the cancellation workflow needs them; each
 * runs in the workflow step's transaction.
 */

/** Orders whose buyers hear of the cancellation: unpaid ones still open, and paid ones not fully refunded. */
export async function ordersToTellOfCancellation(tx: Queryable, eventId: string): Promise<string[]> {
  const rows = (await tx.query(
    "SELECT id FROM orders WHERE event_id = $1 AND status IN ('PENDING', 'LOCKED', 'PAID', 'PARTIALLY_REFUNDED') ORDER BY id",
    [eventId],
  )) as Array<{ id: string }>;
  return rows.map((r) => r.id);
}

/** The sailing's unpaid orders, locked for closing. */
export async function lockUnpaidOrders(tx: Queryable, eventId: string): Promise<Array<{ id: string; status: OrderStatus }>> {
  return (await tx.query(
    "SELECT id, status FROM orders WHERE event_id = $1 AND status IN ('PENDING', 'LOCKED') ORDER BY id FOR UPDATE",
    [eventId],
  )) as Array<{ id: string; status: OrderStatus }>;
}

/** The sailing's paid orders with money left to refund, oldest first. */
export async function paidOrdersOf(db: Queryable, eventId: string): Promise<string[]> {
  const rows = (await db.query(
    "SELECT id FROM orders WHERE event_id = $1 AND status IN ('PAID', 'PARTIALLY_REFUNDED') ORDER BY created_at",
    [eventId],
  )) as Array<{ id: string }>;
  return rows.map((r) => r.id);
}

/**
 * Asks the notifications module to tell each of these buyers that the sailing is cancelled
 * (NotificationService.sailingCancelled): an outbox row per order, in the caller's transaction.
 */
export async function tellBuyersSailingCancelled(tx: Queryable, eventId: string, reason: string, orderIds: string[]): Promise<void> {
  const orders = (await tx.query('SELECT id FROM orders WHERE event_id = $1 AND id = ANY ($2::uuid[]) ORDER BY id', [eventId, orderIds])) as Array<{ id: string }>;
  await enqueueAll(tx, orders.map((order) => outboxMessage(SAILING_CANCELLED, { orderId: order.id, eventId, reason })));
}
