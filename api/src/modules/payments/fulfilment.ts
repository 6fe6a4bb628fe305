import type { EntityManager } from 'typeorm';
import { enqueueAll, outboxMessage } from '../../platform/outbox/enqueue';
import { ORDER_PAID_DOCUMENTS } from '../documents/documents.events';
import { ORDER_CONFIRMATION } from '../notifications/notifications.events';
import { sellHeld, type SoldForOrder } from '../seating/order-sales';
import { issueForOrder } from '../tickets/order-tickets';
import { markPaid, orderLinesToFulfil } from '../orders/order-payment-state';

export type Fulfilled = SoldForOrder;

/**
 * A paid order, in one transaction: its holds become sales (or, for a payment that came after
 * the hold lapsed, its seats are sold if they are still free), tickets are issued, the order
 * becomes PAID with a history row, and outbox rows ask for the e-ticket email and the documents.
 * Throws NothingLeftToSell — rolling everything back — when a seat has another owner.
 */
export async function fulfilOrder(tx: EntityManager, order: { id: string; eventId: string; paymentId: string }): Promise<Fulfilled> {
  const lines = await orderLinesToFulfil(tx, order.id);
  const result = await sellHeld(tx, order, lines);
  await issueForOrder(tx, order.id, lines);
  await markPaid(tx, order.id, order.paymentId);
  // The e-ticket email and the invoice and act are sent by their own workers, after commit.
  await enqueueAll(tx, [outboxMessage(ORDER_CONFIRMATION, { orderId: order.id }), outboxMessage(ORDER_PAID_DOCUMENTS, { orderId: order.id })]);
  return result;
}
