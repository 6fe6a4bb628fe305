import type { DataSource, EntityManager } from 'typeorm';
import type { Logger } from '../../platform/logger';
import { AppError } from '../../platform/errors/app-error';
import { enqueue } from '../../platform/outbox/enqueue';
import { LATE_PAYMENT_REFUNDED } from '../notifications/notifications.events';
import type { SeatingModule } from '../seating/seating.module';
import type { OrdersModule } from '../orders/orders.module';
import type { GatewayPayment, PaymentGateway } from './payment-gateway';
import { fulfilOrder, type Fulfilled } from './fulfilment';
import { NothingLeftToSell } from '../seating/order-sales';
import { PaymentErrors } from './payments.errors';
import { orderReceiptLines } from '../fiscal/receipt-lines';
import type { RefundService } from '../refunds/refund.service';
import {
  holdPaymentForReview, lockOrderBeingPaid, markPaymentCanceled, markPaymentRefunded, orderOfPayment, orderToPay, payerOfOrder,
  recordPaymentReceived, recordPaymentStarted, recordPaymentStatus,
} from '../orders/order-payment-state';

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
    private readonly refunds: RefundService,
    private readonly settings: { publicBaseUrl: string },
    private readonly logger: Logger,
  ) {}

  /** Starts paying for an order the caller may act on (see `authorizeOrderAccess`). */
  async start(orderId: string): Promise<{ orderId: string; paymentId: string; status: string; confirmationUrl: string }> {
    const gateway = this.requireGateway();
    const order = await orderToPay(this.db, orderId);
    if (order.status === 'LOCKED' && order.paymentId && order.confirmationUrl) {
      return { orderId, paymentId: order.paymentId, status: 'pending', confirmationUrl: order.confirmationUrl };
    }
    if (order.status !== 'PENDING') throw PaymentErrors.notPayable(orderId, order.status);
    if (order.paymentWindowEndsAt.getTime() <= Date.now()) throw PaymentErrors.windowClosed(orderId);

    const lines = await orderReceiptLines(this.db, orderId);
    const payment = await gateway.createPayment({
      orderId,
      orderNumber: order.number,
      amountKopecks: order.totalKopecks,
      returnUrl: `${this.settings.publicBaseUrl.replace(/\/$/, '')}/orders/${orderId}/return`,
      customer: order.customer,
      lines,
    });
    const confirmationUrl = payment.confirmationUrl;
    if (!confirmationUrl) throw new AppError('payment_gateway_error', 502, { detail: 'The payment service gave no payment page' });
    await this.db.transaction((tx) => recordPaymentStarted(tx, orderId, { id: payment.id, status: payment.status, confirmationUrl }));
    return { orderId, paymentId: payment.id, status: payment.status, confirmationUrl };
  }

  /** The payment page of the order's started payment while it can still be paid; null otherwise. */
  async paymentPage(orderId: string): Promise<string | null> {
    const order = await orderToPay(this.db, orderId);
    return order.status === 'LOCKED' && order.paymentWindowEndsAt.getTime() > Date.now() ? order.confirmationUrl : null;
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
    const order = await orderToPay(this.db, orderId);
    const payment = order.paymentId ? await gateway.getPayment(order.paymentId) : null;
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
    const orderId = await orderOfPayment(this.db, payment.id, payment.orderId);
    if (!orderId) return 'unknown_order';
    if (payment.status === 'succeeded') return this.onSucceeded(orderId, payment);
    if (payment.status === 'canceled') return this.onCanceled(orderId, payment);
    await recordPaymentStatus(this.db, orderId, payment.status);
    return 'pending';
  }

  private async onSucceeded(orderId: string, payment: GatewayPayment, within?: (tx: EntityManager) => Promise<void>): Promise<string> {
    let fulfilled: Fulfilled | null = null;
    let outcome: string;
    try {
      outcome = await this.db.transaction(async (tx) => {
        const order = await lockOrderBeingPaid(tx, orderId);
        if (!order) return 'unknown_order';
        if (order.paymentStatus === 'refunded') return 'already_refunded';
        if (!['PENDING', 'LOCKED', 'EXPIRED', 'CANCELLED'].includes(order.status)) return 'already_handled';
        if (order.reviewReason) return 'under_review';
        if (payment.amountKopecks !== order.totalKopecks || payment.currency !== 'RUB') {
          // Never issue tickets for money that does not match the order: a person decides.
          await holdPaymentForReview(tx, orderId, payment.id, `paid ${payment.amountKopecks} ${payment.currency}, order total ${order.totalKopecks} RUB`);
          return 'amount_mismatch';
        }
        if (order.status === 'CANCELLED') throw new NothingLeftToSell('order was cancelled');
        await recordPaymentReceived(tx, orderId, payment.id, payment.incomeKopecks === null ? null : payment.amountKopecks - payment.incomeKopecks);
        fulfilled = await fulfilOrder(tx, { id: orderId, eventId: order.eventId, paymentId: payment.id });
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
    const payer = await payerOfOrder(this.db, orderId);
    if (!payer || payer.paymentStatus === 'refunded') return 'already_refunded';
    const lines = await orderReceiptLines(this.db, orderId);
    await gateway.refund({
      paymentId: payment.id,
      amountKopecks: payment.amountKopecks,
      refundKey: `unsellable-${orderId}`,
      customer: payer.customer,
      receipt: lines,
      reason: 'Места заняты: оплата поступила после окончания брони',
    });
    await this.db.transaction(async (tx) => {
      await markPaymentRefunded(tx, orderId, payment.id, 'payment arrived after the hold lapsed and the seats were taken; refunded in full');
      await enqueue(tx, LATE_PAYMENT_REFUNDED, { orderId, paymentId: payment.id });
    });
    this.logger.warn({ orderId, paymentId: payment.id }, 'late payment refunded: seats were taken');
    return 'refunded_unsellable';
  }

  private async onCanceled(orderId: string, payment: GatewayPayment): Promise<string> {
    const released = await this.db.transaction(async (tx) => {
      if (!(await markPaymentCanceled(tx, orderId))) return null;
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
