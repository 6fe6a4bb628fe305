import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { z } from 'zod';
import type { Lang } from '../../../platform/http/locale';
import type { Logger } from '../../../platform/logger';
import type { AuditService } from '../../audit/audit.service';
import type { AuditContext } from '../../audit/audit-context';
import type { OrdersModule } from '../orders.module';
import type { CheckoutInput } from '../checkout.service';
import { OrderErrors } from '../orders.errors';
import type { PaymentsService } from '../../payments/payments.service';
import type { SeatingModule } from '../../seating/seating.module';
import type { CreateAdminOrderBody } from './admin-orders.schemas';
import type { AdminOrderView, AdminOrderViews } from './order-detail';
import type { OrderNotificationsPort } from './order-ports';

export type StaffOrderInput = z.infer<typeof CreateAdminOrderBody>;

export interface StaffOrderResult {
  order: AdminOrderView;
  paymentUrl: string | null;
  created: boolean;
}

/**
 * A Manager takes an order for a customer (on the phone, at the pier): the seats or places are
 * held, the order is made by the same checkout as the shop's (server prices, VAT, promo), the
 * payment is started and its page is sent to the customer. Nothing is booked unpaid: the seats
 * stay held only through the payment window, then the order expires like any other.
 *
 * Steps and compensations: hold ↔ release (when checkout fails); the order then belongs to the
 * payment window. A retry with the same Idempotency-Key continues where the first attempt
 * stopped (e.g. the payment service did not answer) instead of holding again.
 */
export class StaffCheckout {
  constructor(
    private readonly db: DataSource,
    private readonly seating: SeatingModule,
    private readonly orders: OrdersModule,
    private readonly payments: PaymentsService,
    private readonly audit: AuditService,
    private readonly notifications: OrderNotificationsPort,
    private readonly views: AdminOrderViews,
    private readonly logger: Logger,
  ) {}

  async create(ctx: AuditContext, idempotencyKey: string | undefined, input: StaffOrderInput, lang: Lang): Promise<StaffOrderResult> {
    if (!idempotencyKey) throw OrderErrors.idempotencyKeyRequired();
    const key = `crm:${idempotencyKey}`;
    // The hold belongs to a session made from the key, so a retry finds its own hold and order.
    const sessionId = `crm-${createHash('sha256').update(key).digest('hex').slice(0, 40)}`;
    const checkoutInput: CheckoutInput = {
      sessionId,
      eventId: input.eventId,
      ...(input.seats?.some((s) => s.ticketTypeId)
        ? { seats: input.seats.flatMap((s) => (s.ticketTypeId ? [{ seatCode: s.seatCode, ticketTypeId: s.ticketTypeId }] : [])) }
        : {}),
      customer: input.customer,
      locale: input.locale,
      ...(input.promoCode ? { promoCode: input.promoCode } : {}),
      utm: { source: 'crm' },
    };

    const [existing] = (await this.db.query('SELECT id FROM orders WHERE idempotency_key = $1', [key])) as Array<{ id: string }>;
    if (!existing) await this.hold(sessionId, input);
    let result;
    try {
      result = await this.orders.checkout.checkout(key, checkoutInput, {
        within: (tx, orderId) =>
          this.audit.record(tx, ctx, {
            action: 'order.create', entityType: 'order', entityId: orderId,
            after: { eventId: input.eventId, seats: input.seats?.map((s) => s.seatCode) ?? null, places: input.places ?? null, customer: input.customer },
          }),
      });
    } catch (error) {
      if (!existing) await this.release(sessionId, input).catch((e: unknown) => this.logger.warn({ err: e, sessionId }, 'releasing a staff hold failed'));
      throw error;
    }

    const orderId = result.order.id;
    let paymentUrl: string | null = null;
    try {
      paymentUrl = (await this.payments.start(orderId)).confirmationUrl;
    } catch (error) {
      // The order stays held through its payment window; the same request again retries the payment.
      this.logger.warn({ err: error, orderId }, 'payment for a staff order could not be started');
    }
    // The link goes out once: when this call is the one that started the payment.
    if (paymentUrl && !result.order.payment) {
      await this.db.transaction((tx) => this.notifications.resend(tx, orderId, 'payment_link'));
    }
    return { order: await this.views.get(orderId, lang), paymentUrl, created: result.created };
  }

  private async hold(sessionId: string, input: StaffOrderInput): Promise<void> {
    if (input.seats) await this.seating.locks.lock(input.eventId, sessionId, input.seats.map((s) => s.seatCode));
    else if (input.places) await this.seating.gaHolds.hold(input.eventId, sessionId, input.places);
  }

  private async release(sessionId: string, input: StaffOrderInput): Promise<void> {
    if (input.seats) {
      await this.seating.locks.unlock(input.eventId, sessionId, null);
      return;
    }
    const [hold] = (await this.db.query("SELECT id FROM hold WHERE event_id = $1 AND session_id = $2 AND status = 'active'", [
      input.eventId, sessionId,
    ])) as Array<{ id: string }>;
    if (hold) await this.seating.gaHolds.release(input.eventId, sessionId, hold.id);
  }
}
