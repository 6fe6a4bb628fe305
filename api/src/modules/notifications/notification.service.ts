import type { Lang } from '../../platform/http/locale';
import type { Logger } from '../../platform/logger';
import type { OrderView } from '../orders/order-view';
import type { MessageRenderer } from './message-renderer';
import type { NotificationDelivery } from './notification-delivery';
import { cancellationRefund, formatMoscowDateTime } from './locale-format';
import type { AttachmentPurpose, OrderAttachmentSource, PaymentPageSource, RecipientPreference, RecipientPreferences } from './notification-ports';
import type { NotificationType, ResendKind } from './notification-types';
import type { OrderMessageData } from './order-message-data';
import type { TemplateValues } from './template-renderer';

/** Order states whose tickets still sail. */
const SAILING_STATUSES: ReadonlyArray<OrderView['status']> = ['PAID', 'PARTIALLY_REFUNDED'];
/** Order states that were paid (and so are refunded when the sailing is cancelled). */
const EVER_PAID: ReadonlyArray<OrderView['status']> = ['PAID', 'PARTIALLY_REFUNDED', 'REFUNDED'];
/** Order states that can still be paid. */
const PAYABLE: ReadonlyArray<OrderView['status']> = ['PENDING', 'LOCKED'];

/** What each resend kind sends, and the documents it carries. */
const RESENT: Record<Exclude<ResendKind, 'payment_link'>, { type: NotificationType; attachments: AttachmentPurpose }> = {
  confirmation: { type: 'order_confirmation', attachments: 'order_confirmation' },
  tickets: { type: 'order_tickets', attachments: 'order_tickets' },
  documents: { type: 'order_documents', attachments: 'order_documents' },
};

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
      payments: PaymentPageSource;
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

  /**
   * A message staff asked for again (the CRM's resend): the confirmation as it first went out,
   * the e-tickets alone, the documents alone, or an unpaid order's payment link. Each request is
   * its own outbox message, so asking twice sends twice — and a redelivery of one sends once.
   */
  async resend(sourceMessageId: string, input: { orderId: string; what: ResendKind }): Promise<void> {
    if (input.what === 'payment_link') {
      await this.paymentLink(sourceMessageId, input);
      return;
    }
    const { type, attachments } = RESENT[input.what];
    await this.forOrder(sourceMessageId, type, input.orderId, { attachments: () => this.deps.attachments.attachmentsFor(input.orderId, attachments) });
  }

  /**
   * The payment page of an order staff made for the customer, with the time it must be paid by.
   * An order paid, expired or cancelled meanwhile gets nothing: its link would no longer work.
   */
  async paymentLink(sourceMessageId: string, input: { orderId: string }): Promise<void> {
    const order = await this.deps.data.order(input.orderId);
    const link = PAYABLE.includes(order.status) ? await this.deps.payments.paymentPage(order.id) : null;
    if (!link) {
      this.deps.logger.info({ orderId: order.id, status: order.status }, 'payment link not sent: the order can no longer be paid');
      return;
    }
    const deadline = new Date(order.paymentWindowEndsAt);
    await this.forOrder(sourceMessageId, 'payment_link', order.id, {
      order,
      extra: (locale) => ({ paymentLink: link, paymentDeadline: formatMoscowDateTime(deadline, locale) }),
    });
  }

  /**
   * The merchant cancelled the sailing (catalog management writes one job per order): the buyer
   * hears that it will not sail and that a paid order is refunded in full, whatever the 24-hour
   * rule says. The refund's own confirmation, with its act, follows when the refund completes.
   */
  async sailingCancelled(sourceMessageId: string, input: { orderId: string; eventId: string; reason: string }): Promise<void> {
    const order = await this.deps.data.order(input.orderId);
    const paid = EVER_PAID.includes(order.status);
    await this.forOrder(sourceMessageId, 'sailing_cancelled', order.id, {
      order,
      extra: (locale) => ({ cancellationRefund: cancellationRefund(paid, locale), reason: input.reason }),
    });
  }

  /** Account mail (the accounts module writes these jobs): always by email, in the language given. */
  async accountMail(
    sourceMessageId: string,
    type: 'email_verification' | 'password_reset' | 'email_change',
    input: { email: string; locale: Lang; link: string },
  ): Promise<void> {
    await this.mailAccount(sourceMessageId, type, input, { email: input.email, link: input.link });
  }

  /** Tells the account's current address that a move to `newEmail` was asked for. */
  async emailChangeNotice(sourceMessageId: string, input: { email: string; newEmail: string; locale: Lang }): Promise<void> {
    await this.mailAccount(sourceMessageId, 'email_change_notice', input, { email: input.newEmail });
  }

  private async mailAccount(sourceMessageId: string, type: NotificationType, to: { email: string; locale: Lang }, values: TemplateValues): Promise<void> {
    const preference = await this.deps.recipients.lookup(to.email);
    const message = await this.deps.renderer.render(type, to.locale, values);
    await this.deps.delivery.deliver(message, { sourceMessageId, email: to.email, messenger: null, customerId: preference?.customerId });
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
    options: {
      order?: OrderView;
      refundId?: string;
      attachments?: () => Promise<Awaited<ReturnType<OrderAttachmentSource['attachmentsFor']>>>;
      /** Values only this type has, in the reader's language. */
      extra?: (locale: Lang) => TemplateValues;
    },
  ): Promise<void> {
    const order = options.order ?? (await this.deps.data.order(orderId));
    const preference = await this.deps.recipients.lookup(order.customer.email);
    const locale = preference?.locale ?? order.locale;
    const values = {
      ...(await this.deps.data.values(order, locale, options.refundId ? { refundId: options.refundId } : undefined)),
      ...options.extra?.(locale),
    };
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
