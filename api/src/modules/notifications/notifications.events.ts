import { z } from 'zod';
import { LANGS } from '../../platform/http/locale';
import { defineTopic } from '../../platform/outbox/topic';
import { RESEND_KINDS } from './notification-types';

/*
 * The outbox topics the notifications module consumes: each asks for one message to buyers or
 * account holders. Other modules write them (through `enqueue`) in the transaction of the work
 * the message is about.
 */

const orderId = z.uuid();
const locale = z.enum(LANGS);

/** An order was paid: its confirmation with the e-tickets. */
export const ORDER_CONFIRMATION = defineTopic('notification.order_confirmation', z.object({ orderId }));

/** A refund went through: the refund confirmation. */
export const REFUND_CONFIRMATION = defineTopic('notification.refund_confirmation', z.object({ orderId, refundId: z.uuid() }));

/** A payment arrived for an order that had already lapsed and was refunded at once. */
export const LATE_PAYMENT_REFUNDED = defineTopic('order.late_payment_refunded', z.object({ orderId, paymentId: z.string().min(1) }));

/** Departure reminders, one per order and kind (the reminder scheduler writes them). */
export const REMINDER_24H = defineTopic('notification.reminder_24h', z.object({ orderId }));
export const REMINDER_2H = defineTopic('notification.reminder_2h', z.object({ orderId }));

/** An account email carrying a single-use link (customers' email tokens write them). */
const AccountMail = z.object({
  email: z.email(),
  locale,
  link: z.url(),
  fullName: z.string().nullable().optional(),
  expiresAt: z.iso.datetime().optional(),
  customerId: z.uuid().optional(),
});
export const EMAIL_VERIFICATION = defineTopic('notification.email_verification', AccountMail);
export const PASSWORD_RESET = defineTopic('notification.password_reset', AccountMail);
export const EMAIL_CHANGE = defineTopic('notification.email_change', AccountMail);

/** The old address hears that the account is moving to `newEmail`. */
export const EMAIL_CHANGE_NOTICE = defineTopic('notification.email_change_notice', z.object({ email: z.email(), newEmail: z.email(), locale }));

/** A support case changed (the support module will write these). */
export const SUPPORT_UPDATE = defineTopic(
  'notification.support_update',
  z.object({ email: z.email(), locale, caseNumber: z.string().min(1), message: z.string().min(1), link: z.url(), orderId: orderId.optional() }),
);

/** Staff ask for a message about an order again (the CRM's resend, a staff-made order's payment link). */
export const RESEND = defineTopic('notification.resend', z.object({ orderId, what: z.enum(RESEND_KINDS) }));

/** A sailing was cancelled: each buyer hears why. */
export const SAILING_CANCELLED = defineTopic('notification.sailing_cancelled', z.object({ orderId, eventId: z.uuid(), reason: z.string().max(500) }));

export const NOTIFICATION_EVENTS = [
  ORDER_CONFIRMATION, REFUND_CONFIRMATION, LATE_PAYMENT_REFUNDED, REMINDER_24H, REMINDER_2H,
  EMAIL_VERIFICATION, PASSWORD_RESET, EMAIL_CHANGE, EMAIL_CHANGE_NOTICE, SUPPORT_UPDATE, RESEND, SAILING_CANCELLED,
] as const;
