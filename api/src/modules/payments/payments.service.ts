import type { DataSource, EntityManager } from 'typeorm';
import type { Logger } from '../../platform/logger';
import { AppError } from '../../platform/errors/app-error';
import { enqueue } from '../../platform/outbox/enqueue';
import { LATE_PAYMENT_REFUNDED } from '../notifications/notifications.events';
import type { SeatingModule } from '../seating/seating.module';
import type { OrdersModule } from '../orders/orders.module';
import type { TicketsService } from '../tickets/tickets.service';
import type { OrderStatus } from '../orders/order-status';
import { transitionOrder } from '../orders/order-transitions';
import type { GatewayPayment, PaymentGateway } from './payment-gateway';
import { fulfilOrder, NothingLeftToSell, type Fulfilled } from './fulfilment';
import { PaymentErrors } from './payments.errors';
import { orderReceiptLines } from '../fiscal/receipt-lines';
import { OrderErrors } from '../orders/orders.errors';
import type { RefundService } from '../refunds/refund.service';


interface OrderRow {
  id: string;
  number: string;
  event_id: string;
  status: OrderStatus;
  total_kopecks: number;
  payment_window_ends_at: Date;
  payment_id: string | null;
  confirmation_url: string | null;
  customer_full_name: string;
  customer_email: string;
  customer_phone: string;
}

/**
 * Payments: starting one for an order, and acting on the gateway's notifications. A
 * notification is never believed: the payment is fetched from the gateway and its fetched
 * status decides; every step checks the order's status under a row lock, so ten deliveries of
 * one notification, in any order, have the effect of one.
 */
export class PaymentsService {
  constructor(
    private readonly db: DataSource,
    private readonly gateway: PaymentGateway | null,
    private readonly orders: OrdersModule,
    private readonly seating: SeatingModule,
    private readonly tickets: TicketsService,
    private readonly refunds: RefundService,
    private readonly settings: { publicBaseUrl: string },
    private readonly logger: Logger,
  ) {}

  /** Starts paying for an order the caller may act on (see `authorizeOrderAccess`). */
  async start(orderId: string): Promise<{ orderId: string; paymentId: string; status: string; confirmationUrl: string }> {
    const gateway = this.requireGateway();
    const order = await this.loadOrder(orderId);
    if (order.status === 'LOCKED' && order.payment_id && order.confirmation_url) {
      return { orderId, paymentId: order.payment_id, status: 'pending', confirmationUrl: order.confirmation_url };
    }
    if (order.status !== 'PENDING') throw PaymentErrors.notPayable(orderId, order.status);
    if (order.payment_window_ends_at.getTime() <= Date.now()) throw PaymentErrors.windowClosed(orderId);

    const lines = await orderReceiptLines(this.db, orderId);
    const payment = await gateway.createPayment({
      orderId,
      orderNumber: order.number,
      amountKopecks: order.total_kopecks,
      returnUrl: `${this.settings.publicBaseUrl.replace(/\/$/, '')}/orders/${orderId}/return`,
      customer: { fullName: order.customer_full_name, email: order.customer_email, phone: order.customer_phone },
      lines,
    });
    if (!payment.confirmationUrl) throw new AppError('payment_gateway_error', 502, { detail: 'The payment service gave no payment page' });
    await this.db.transaction(async (tx) => {
      const [current] = (await tx.query('SELECT status FROM orders WHERE id = $1 FOR UPDATE', [orderId])) as Array<{ status: OrderStatus }>;
      if (current?.status !== 'PENDING') return;
      await tx.query('UPDATE orders SET payment_id = $2, payment_status = $3, confirmation_url = $4 WHERE id = $1', [
        orderId, payment.id, payment.status, payment.confirmationUrl,
      ]);
      await transitionOrder(tx, orderId, 'LOCKED', `payment ${payment.id} started`);
    });
    return { orderId, paymentId: payment.id, status: payment.status, confirmationUrl: payment.confirmationUrl };
  }

  /** The payment page of the order's started payment while it can still be paid; null otherwise. */
  async paymentPage(orderId: string): Promise<string | null> {
    const order = await this.loadOrder(orderId);
    return order.status === 'LOCKED' && order.payment_window_ends_at.getTime() > Date.now() ? order.confirmation_url : null;
  }

  /**
   * A staff member's "Paid": the gateway is asked about the order's payment, and only a payment
   * it confirms as succeeded pays the order — exactly as its notification would have (the
   * notification that got lost, say). `within` runs in the transaction that pays the order.
   *
   * @returns what happened: `paid`, `already_handled`, `amount_mismatch`, `under_review`, …
   */
  async confirmFromGateway(orderId: string, within?: (tx: EntityManager) => Promise<void>): Promise<string> {
    const gateway = this.requireGateway();
    const order = await this.loadOrder(orderId);
    const payment = order.payment_id ? await gateway.getPayment(order.payment_id) : null;
    if (payment?.status !== 'succeeded') throw PaymentErrors.notConfirmed(orderId, payment?.status ?? null);
    return this.onSucceeded(orderId, payment, within);
  }

  /** Acts on a notification; returns what it did (for the record and the tests). */
  async handleNotification(body: unknown, remoteIp: string | null): Promise<string> {
    const gateway = this.requireGateway();
    const notification = parseNotification(body);
    if (!notification) throw PaymentErrors.malformedNotification();
    let outcome = 'ignored';
    if (notification.event.startsWith('payment.')) {
      const payment = await gateway.getPayment(notification.objectId);
      outcome = payment ? await this.onPayment(payment) : 'unknown_payment';
    } else if (notification.event.startsWith('refund.')) {
      outcome = await this.refunds.onGatewayRefund(notification.objectId);
    }
    await this.db.query('INSERT INTO payment_notification (event, object_id, remote_ip, outcome) VALUES ($1, $2, $3, $4)', [
      notification.event, notification.objectId, remoteIp, outcome,
    ]);
    return outcome;
  }

  private async onPayment(payment: GatewayPayment): Promise<string> {
    const [order] = (await this.db.query('SELECT id FROM orders WHERE payment_id = $1 OR ($2::uuid IS NOT NULL AND id = $2::uuid)', [
      payment.id, payment.orderId,
    ])) as Array<{ id: string }>;
    if (!order) return 'unknown_order';
    if (payment.status === 'succeeded') return this.onSucceeded(order.id, payment);
    if (payment.status === 'canceled') return this.onCanceled(order.id, payment);
    await this.db.query('UPDATE orders SET payment_status = $2 WHERE id = $1', [order.id, payment.status]);
    return 'pending';
  }

  private async onSucceeded(orderId: string, payment: GatewayPayment, within?: (tx: EntityManager) => Promise<void>): Promise<string> {
    let fulfilled: Fulfilled | null = null;
    let outcome: string;
    try {
      outcome = await this.db.transaction(async (tx) => {
        const [order] = (await tx.query(
          'SELECT id, event_id, status, total_kopecks, payment_id, payment_status, review_reason FROM orders WHERE id = $1 FOR UPDATE',
          [orderId],
        )) as Array<{
          id: string; event_id: string; status: OrderStatus; total_kopecks: number; payment_id: string | null; payment_status: string | null;
          review_reason: string | null;
        }>;
        if (!order) return 'unknown_order';
        if (order.payment_status === 'refunded') return 'already_refunded';
        if (!['PENDING', 'LOCKED', 'EXPIRED', 'CANCELLED'].includes(order.status)) return 'already_handled';
        if (order.review_reason) return 'under_review';
        if (payment.amountKopecks !== order.total_kopecks || payment.currency !== 'RUB') {
          // Never issue tickets for money that does not match the order: a person decides.
          await tx.query("UPDATE orders SET review_reason = $2, payment_status = 'succeeded', payment_id = COALESCE(payment_id, $3) WHERE id = $1", [
            orderId, `paid ${payment.amountKopecks} ${payment.currency}, order total ${order.total_kopecks} RUB`, payment.id,
          ]);
          return 'amount_mismatch';
        }
        if (order.status === 'CANCELLED') throw new NothingLeftToSell('order was cancelled');
        await tx.query('UPDATE orders SET payment_id = COALESCE(payment_id, $2), payment_fee_kopecks = $3 WHERE id = $1', [
          orderId, payment.id, payment.incomeKopecks === null ? null : payment.amountKopecks - payment.incomeKopecks,
        ]);
        fulfilled = await fulfilOrder(tx, { seating: this.seating, tickets: this.tickets }, {
          id: orderId, eventId: order.event_id, status: order.status, paymentId: payment.id,
        });
        await within?.(tx);
        return 'paid';
      });
    } catch (error) {
      const constraint = (error as { driverError?: { code?: string } }).driverError?.code;
      if (!(error instanceof NothingLeftToSell) && constraint !== '23505' && constraint !== '23514') throw error;
      return this.refundUnsellable(orderId, payment);
    }
    if (fulfilled) await this.announce(fulfilled);
    if (outcome === 'paid') this.logger.info({ orderId, paymentId: payment.id }, 'order paid');
    return outcome;
  }

  /** Money came for seats that now have another owner: give it all back, tell the buyer. */
  private async refundUnsellable(orderId: string, payment: GatewayPayment): Promise<string> {
    const gateway = this.requireGateway();
    const [order] = (await this.db.query(
      'SELECT customer_full_name, customer_email, customer_phone, payment_status FROM orders WHERE id = $1',
      [orderId],
    )) as Array<{ customer_full_name: string; customer_email: string; customer_phone: string; payment_status: string | null }>;
    if (!order || order.payment_status === 'refunded') return 'already_refunded';
    const lines = await orderReceiptLines(this.db, orderId);
    await gateway.refund({
      paymentId: payment.id,
      amountKopecks: payment.amountKopecks,
      refundKey: `unsellable-${orderId}`,
      customer: { fullName: order.customer_full_name, email: order.customer_email, phone: order.customer_phone },
      receipt: lines,
      reason: 'Места заняты: оплата поступила после окончания брони',
    });
    await this.db.transaction(async (tx) => {
      await tx.query("UPDATE orders SET payment_id = COALESCE(payment_id, $2), payment_status = 'refunded', review_reason = $3 WHERE id = $1", [
        orderId, payment.id, 'payment arrived after the hold lapsed and the seats were taken; refunded in full',
      ]);
      await enqueue(tx, LATE_PAYMENT_REFUNDED, { orderId, paymentId: payment.id });
    });
    this.logger.warn({ orderId, paymentId: payment.id }, 'late payment refunded: seats were taken');
    return 'refunded_unsellable';
  }

  private async onCanceled(orderId: string, payment: GatewayPayment): Promise<string> {
    const released = await this.db.transaction(async (tx) => {
      const [order] = (await tx.query('SELECT status FROM orders WHERE id = $1 FOR UPDATE', [orderId])) as Array<{ status: OrderStatus }>;
      if (!order || (order.status !== 'PENDING' && order.status !== 'LOCKED')) return null;
      await tx.query("UPDATE orders SET payment_status = 'canceled' WHERE id = $1", [orderId]);
      return this.orders.unpaid.close(tx, orderId, 'CANCELLED', `payment ${payment.id} canceled`);
    });
    if (!released) return 'already_handled';
    await this.orders.unpaid.announce(released);
    return 'cancelled';
  }

  private async announce(fulfilled: Fulfilled): Promise<void> {
    for (const seats of fulfilled.seats) await this.seating.sales.announce(seats);
    for (const change of fulfilled.gaChanges) await this.seating.gaHolds.announceChange(change);
  }

  private async loadOrder(orderId: string): Promise<OrderRow> {
    const [order] = (await this.db.query(
      `SELECT id, number, event_id, status, total_kopecks, payment_window_ends_at, payment_id, confirmation_url,
              customer_full_name, customer_email, customer_phone
         FROM orders WHERE id = $1`,
      [orderId],
    )) as OrderRow[];
    if (!order) throw OrderErrors.notFound(orderId);
    return order;
  }

  private requireGateway(): PaymentGateway {
    if (!this.gateway) throw PaymentErrors.notConfigured();
    return this.gateway;
  }
}

function parseNotification(body: unknown): { event: string; objectId: string } | null {
  if (typeof body !== 'object' || body === null) return null;
  const { type, event, object } = body as { type?: unknown; event?: unknown; object?: { id?: unknown } };
  if (type !== 'notification' || typeof event !== 'string' || typeof object?.id !== 'string') return null;
  return { event, objectId: object.id };
}
