import type { Queryable } from '../../platform/db/sql-client';
import { assertTransition, type OrderStatus } from './order-status';
import { OrderErrors } from './orders.errors';

/**
 * Moves an order to `to` inside the caller's transaction: locks the row, checks the transition
 * against the state machine (409 otherwise), and writes the status history row with it.
 *
 * @returns the status it moved from
 */
export async function transitionOrder(tx: Queryable, orderId: string, to: OrderStatus, reason: string): Promise<OrderStatus> {
  const [order] = (await tx.query('SELECT status FROM orders WHERE id = $1 FOR UPDATE', [orderId])) as Array<{ status: OrderStatus }>;
  if (!order) throw OrderErrors.notFound(orderId);
  assertTransition(orderId, order.status, to);
  await tx.query('UPDATE orders SET status = $2 WHERE id = $1', [orderId, to]);
  await tx.query('INSERT INTO order_status_history (order_id, from_status, to_status, reason) VALUES ($1, $2, $3, $4)', [
    orderId, order.status, to, reason,
  ]);
  return order.status;
}
