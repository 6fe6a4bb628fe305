import type { Queryable } from '../../platform/db/sql-client';
import type { OrderStatus } from './order-status';
import { transitionOrder } from './order-transitions';
import { OrderErrors } from './orders.errors';

/**
 * What the payments module reads and changes on an order: its payment columns and the moves
 * a payment causes (LOCKED when it starts, PAID when it succeeds). The order's row is the
 * orders module's, so the statements live here and run in the caller's transaction.
 */

/** An order as starting or confirming a payment needs it. */
export interface OrderToPay {
  id: string;
  number: string;
  eventId: string;
  status: OrderStatus;
  totalKopecks: number;
  paymentWindowEndsAt: Date;
  paymentId: string | null;
  confirmationUrl: string | null;
  customer: { fullName: string; email: string; phone: string };
}

export async function orderToPay(db: Queryable, orderId: string): Promise<OrderToPay> {
  const [order] = (await db.query(
    `SELECT id, number, event_id, status, total_kopecks, payment_window_ends_at, payment_id, confirmation_url,
            customer_full_name, customer_email, customer_phone
       FROM orders WHERE id = $1`,
    [orderId],
  )) as Array<{
    id: string; number: string; event_id: string; status: OrderStatus; total_kopecks: number; payment_window_ends_at: Date;
    payment_id: string | null; confirmation_url: string | null; customer_full_name: string; customer_email: string; customer_phone: string;
  }>;
  if (!order) throw OrderErrors.notFound(orderId);
  return {
    id: order.id,
    number: order.number,
    eventId: order.event_id,
    status: order.status,
    totalKopecks: order.total_kopecks,
    paymentWindowEndsAt: order.payment_window_ends_at,
    paymentId: order.payment_id,
    confirmationUrl: order.confirmation_url,
    customer: { fullName: order.customer_full_name, email: order.customer_email, phone: order.customer_phone },
  };
}

/** The order a gateway payment is for: the one that started it, or the one its metadata names. */
export async function orderOfPayment(db: Queryable, paymentId: string, orderId: string | null): Promise<string | null> {
  const [order] = (await db.query('SELECT id FROM orders WHERE payment_id = $1 OR ($2::uuid IS NOT NULL AND id = $2::uuid)', [
    paymentId, orderId,
  ])) as Array<{ id: string }>;
  return order?.id ?? null;
}

/**
 * A payment started for a PENDING order: the order remembers it and becomes LOCKED. Does
 * nothing when the order left PENDING meanwhile (a concurrent start, or the window closed).
 */
export async function recordPaymentStarted(
  tx: Queryable,
  orderId: string,
  payment: { id: string; status: string; confirmationUrl: string },
): Promise<void> {
  const [current] = (await tx.query('SELECT status FROM orders WHERE id = $1 FOR UPDATE', [orderId])) as Array<{ status: OrderStatus }>;
  if (current?.status !== 'PENDING') return;
  await tx.query('UPDATE orders SET payment_id = $2, payment_status = $3, confirmation_url = $4 WHERE id = $1', [
    orderId, payment.id, payment.status, payment.confirmationUrl,
  ]);
  await transitionOrder(tx, orderId, 'LOCKED', `payment ${payment.id} started`);
}

/** The gateway's latest word on a payment still in flight (`pending`, `waiting_for_capture`). */
export async function recordPaymentStatus(db: Queryable, orderId: string, status: string): Promise<void> {
  await db.query('UPDATE orders SET payment_status = $2 WHERE id = $1', [orderId, status]);
}

/** An order as a succeeded payment finds it, locked until the caller's transaction ends. */
export interface OrderBeingPaid {
  id: string;
  eventId: string;
  status: OrderStatus;
  totalKopecks: number;
  paymentId: string | null;
  paymentStatus: string | null;
  reviewReason: string | null;
}

export async function lockOrderBeingPaid(tx: Queryable, orderId: string): Promise<OrderBeingPaid | null> {
  const [order] = (await tx.query(
    'SELECT id, event_id, status, total_kopecks, payment_id, payment_status, review_reason FROM orders WHERE id = $1 FOR UPDATE',
    [orderId],
  )) as Array<{
    id: string; event_id: string; status: OrderStatus; total_kopecks: number; payment_id: string | null; payment_status: string | null;
    review_reason: string | null;
  }>;
  if (!order) return null;
  return {
    id: order.id,
    eventId: order.event_id,
    status: order.status,
    totalKopecks: order.total_kopecks,
    paymentId: order.payment_id,
    paymentStatus: order.payment_status,
    reviewReason: order.review_reason,
  };
}

/** Money came that does not match the order: it waits for a person, with `reason` saying why. */
export async function holdPaymentForReview(tx: Queryable, orderId: string, paymentId: string, reason: string): Promise<void> {
  await tx.query("UPDATE orders SET review_reason = $2, payment_status = 'succeeded', payment_id = COALESCE(payment_id, $3) WHERE id = $1", [
    orderId, reason, paymentId,
  ]);
}

/** The succeeded payment the order is paid with, and the gateway's fee (null when not told). */
export async function recordPaymentReceived(tx: Queryable, orderId: string, paymentId: string, feeKopecks: number | null): Promise<void> {
  await tx.query('UPDATE orders SET payment_id = COALESCE(payment_id, $2), payment_fee_kopecks = $3 WHERE id = $1', [
    orderId, paymentId, feeKopecks,
  ]);
}

/** The order is PAID (with its history row) by the succeeded payment `paymentId`. */
export async function markPaid(tx: Queryable, orderId: string, paymentId: string): Promise<void> {
  await transitionOrder(tx, orderId, 'PAID', `payment ${paymentId} succeeded`);
  await tx.query("UPDATE orders SET payment_status = 'succeeded' WHERE id = $1", [orderId]);
}

/** An order line as fulfilment sells its seat and issues its ticket, in the lines' order. */
export interface OrderLineToFulfil {
  id: string;
  eventId: string;
  seatCode: string | null;
  ticketTypeId: string;
}

export async function orderLinesToFulfil(tx: Queryable, orderId: string): Promise<OrderLineToFulfil[]> {
  const lines = (await tx.query(
    `SELECT l.id, o.event_id, l.seat_code, l.ticket_type_id FROM order_line l JOIN orders o ON o.id = l.order_id
      WHERE l.order_id = $1 ORDER BY l.position`,
    [orderId],
  )) as Array<{ id: string; event_id: string; seat_code: string | null; ticket_type_id: string }>;
  return lines.map((l) => ({ id: l.id, eventId: l.event_id, seatCode: l.seat_code, ticketTypeId: l.ticket_type_id }));
}

/** Who paid, to refund them, and whether the payment was refunded already. */
export async function payerOfOrder(
  db: Queryable,
  orderId: string,
): Promise<{ customer: { fullName: string; email: string; phone: string }; paymentStatus: string | null } | null> {
  const [order] = (await db.query(
    'SELECT customer_full_name, customer_email, customer_phone, payment_status FROM orders WHERE id = $1',
    [orderId],
  )) as Array<{ customer_full_name: string; customer_email: string; customer_phone: string; payment_status: string | null }>;
  if (!order) return null;
  return {
    customer: { fullName: order.customer_full_name, email: order.customer_email, phone: order.customer_phone },
    paymentStatus: order.payment_status,
  };
}

/** A payment that could not buy the order was given back in full; `reason` tells staff why. */
export async function markPaymentRefunded(tx: Queryable, orderId: string, paymentId: string, reason: string): Promise<void> {
  await tx.query("UPDATE orders SET payment_id = COALESCE(payment_id, $2), payment_status = 'refunded', review_reason = $3 WHERE id = $1", [
    orderId, paymentId, reason,
  ]);
}

/**
 * The gateway cancelled the order's payment: an unpaid order (PENDING or LOCKED, locked here)
 * records it and returns true, for the caller to close it; any other order is left alone.
 */
export async function markPaymentCanceled(tx: Queryable, orderId: string): Promise<boolean> {
  const [order] = (await tx.query('SELECT status FROM orders WHERE id = $1 FOR UPDATE', [orderId])) as Array<{ status: OrderStatus }>;
  if (!order || (order.status !== 'PENDING' && order.status !== 'LOCKED')) return false;
  await tx.query("UPDATE orders SET payment_status = 'canceled' WHERE id = $1", [orderId]);
  return true;
}
