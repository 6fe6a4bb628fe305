import type { Lang } from '../../platform/http/locale';
import type { Logger } from '../../platform/logger';
import type { OrderView } from '../orders/order-view';
import type { MessageRenderer } from './message-renderer';
import type { NotificationDelivery } from './notification-delivery';
import type { OrderAttachmentSource, RecipientPreference, RecipientPreferences } from './notification-ports';
import type { NotificationType } from './notification-types';
import type { OrderMessageData } from './order-message-data';

/** Order states whose tickets still sail. */
const SAILING_STATUSES: ReadonlyArray<OrderView['status']> = ['PAID', 'PARTIALLY_REFUNDED'];

/**
 * Turns each notification job into its message: finds the recipient's language and messenger
 * (an account's preferences, else the order's language and email), renders the type's
 * templates with the data and hands the result to delivery. `sourceMessageId` is the outbox
 * message's id, so a redelivery of the job finishes the same messages instead of adding any.
 */
export class NotificationService {
  constructor(
    private readonly deps: {
      data: OrderMessageData;
      renderer: MessageRenderer;
      delivery: NotificationDelivery;
      recipients: RecipientPreferences;
      attachments: OrderAttachmentSource;
      clock: () => Date;
      logger: Logger;
    },
  ) {}

  /** A paid order: e-tickets and documents by email, and a note by the preferred messenger. */
  async orderConfirmation(sourceMessageId: string, input: { orderId: string }): Promise<void> {
    await this.forOrder(sourceMessageId, 'order_confirmation', input.orderId, {
      attachments: () => this.deps.attachments.attachmentsFor(input.orderId, 'order_confirmation'),
    });
  }

  async refundConfirmation(sourceMessageId: string, input: { orderId: string; refundId: string }): Promise<void> {
    await this.forOrder(sourceMessageId, 'refund_confirmation', input.orderId, {
      refundId: input.refundId,
      attachments: () => this.deps.attachments.attachmentsFor(input.orderId, 'refund_confirmation', input.refundId),
    });
  }

  /** A payment arrived after the seats were resold and was refunded in full. */
  async latePaymentRefunded(sourceMessageId: string, input: { orderId: string }): Promise<void> {
    await this.forOrder(sourceMessageId, 'late_payment_refunded', input.orderId, {});
  }

  /** A departure reminder, unless the order no longer sails (refunded, or the sailing has left). */
  async reminder(sourceMessageId: string, kind: 'reminder_24h' | 'reminder_2h', input: { orderId: string }): Promise<void> {
    const order = await this.deps.data.order(input.orderId);
    const live = SAILING_STATUSES.includes(order.status) && order.tickets.some((t) => t.status === 'valid');
    if (!live || new Date(order.event.startsAt) <= this.deps.clock()) {
      this.deps.logger.info({ orderId: order.id, kind, status: order.status }, 'reminder not sent: the order no longer sails');
      return;
    }
    await this.forOrder(sourceMessageId, kind, order.id, { order });
  }

  /** Account mail (the accounts module writes these jobs): always by email, in the language given. */
  async accountMail(sourceMessageId: string, type: 'email_verification' | 'password_reset', input: { email: string; locale: Lang; link: string }): Promise<void> {
    const preference = await this.deps.recipients.lookup(input.email);
    const message = await this.deps.renderer.render(type, input.locale, { email: input.email, link: input.link });
    await this.deps.delivery.deliver(message, { sourceMessageId, email: input.email, messenger: null, customerId: preference?.customerId });
  }

  /** A support case changed (the support module writes these jobs). */
  async supportUpdate(
    sourceMessageId: string,
    input: { email: string; locale: Lang; caseNumber: string; message: string; link: string; orderId?: string | undefined },
  ): Promise<void> {
    const preference = await this.deps.recipients.lookup(input.email);
    const locale = preference?.locale ?? input.locale;
    const message = await this.deps.renderer.render('support_update', locale, { caseNumber: input.caseNumber, message: input.message, link: input.link });
    await this.deps.delivery.deliver(message, {
      sourceMessageId, email: input.email, messenger: messengerOf(preference), orderId: input.orderId, customerId: preference?.customerId,
    });
  }

  private async forOrder(
    sourceMessageId: string,
    type: NotificationType,
    orderId: string,
    options: { order?: OrderView; refundId?: string; attachments?: () => Promise<Awaited<ReturnType<OrderAttachmentSource['attachmentsFor']>>> },
  ): Promise<void> {
    const order = options.order ?? (await this.deps.data.order(orderId));
    const preference = await this.deps.recipients.lookup(order.customer.email);
    const locale = preference?.locale ?? order.locale;
    const values = await this.deps.data.values(order, locale, options.refundId ? { refundId: options.refundId } : undefined);
    const message = await this.deps.renderer.render(type, locale, values);
    await this.deps.delivery.deliver(message, {
      sourceMessageId,
      email: order.customer.email,
      messenger: messengerOf(preference),
      orderId: order.id,
      customerId: preference?.customerId,
      attachments: options.attachments,
    });
  }
}

function messengerOf(preference: RecipientPreference | null): { channel: 'max' | 'telegram' | 'whatsapp'; handle: string } | null {
  if (!preference || preference.messenger === 'none' || !preference.handle) return null;
  return { channel: preference.messenger, handle: preference.handle };
}
