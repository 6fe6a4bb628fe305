import type { EntityManager } from 'typeorm';
import type { Queryable } from '../../platform/db/sql-client';
import type { OrderStatus } from './order-status';
import { transitionOrder } from './order-transitions';

export interface OrderForRefund {
  status: OrderStatus;
  startsAt: Date;
  totalKopecks: number;
  paymentFeeKopecks: number | null;
}

/** The order a refund is being created for, locked until the refund's transaction ends; null when there is none. */
export async function lockOrderForRefund(tx: Queryable, orderId: string): Promise<OrderForRefund | null> {
  const [order] = (await tx.query(
    `SELECT o.status, e.starts_at, o.total_kopecks, o.payment_fee_kopecks
       FROM orders o JOIN event e ON e.id = o.event_id WHERE o.id = $1 FOR UPDATE OF o`,
    [orderId],
  )) as Array<{ status: OrderStatus; starts_at: Date; total_kopecks: number; payment_fee_kopecks: number | null }>;
  if (!order) return null;
  return { status: order.status, startsAt: order.starts_at, totalKopecks: order.total_kopecks, paymentFeeKopecks: order.payment_fee_kopecks };
}

/** What the payment service is told of a refund: the payment and the buyer its receipt goes to. */
export interface OrderPaymentContact {
  paymentId: string;
  customer: { fullName: string; email: string; phone: string };
}

export async function orderPaymentContact(db: Queryable, orderId: string): Promise<OrderPaymentContact | null> {
  const [order] = (await db.query('SELECT payment_id, customer_full_name, customer_email, customer_phone FROM orders WHERE id = $1', [orderId])) as Array<{
    payment_id: string; customer_full_name: string; customer_email: string; customer_phone: string;
  }>;
  if (!order) return null;
  return { paymentId: order.payment_id, customer: { fullName: order.customer_full_name, email: order.customer_email, phone: order.customer_phone } };
}

/** A refund succeeded: the order is REFUNDED when no valid ticket is left, PARTIALLY_REFUNDED otherwise. */
export async function settleAfterRefund(tx: EntityManager, orderId: string, validTicketsLeft: number, reason: string): Promise<void> {
  await transitionOrder(tx, orderId, validTicketsLeft === 0 ? 'REFUNDED' : 'PARTIALLY_REFUNDED', reason);
}
