import type { Lang } from '../../platform/http/locale';
import type { Messenger } from './notification-types';

/** A customer's stated preferences, from their account. */
export interface RecipientPreference {
  /** The account, recorded with each message sent to it. */
  customerId?: string;
  locale: Lang;
  messenger: Messenger | 'none';
  /** MAX user id, Telegram chat id or WhatsApp phone number; null when messenger is 'none'. */
  handle: string | null;
}

/**
 * Where the notifications learn how a customer wants to be reached. The customers module
 * implements it over its accounts; an email with no account (a guest) gets `null`, and its
 * messages go by email in the order's language.
 */
export interface RecipientPreferences {
  lookup(email: string): Promise<RecipientPreference | null>;
}

export interface MailAttachment {
  filename: string;
  contentType: string;
  content: Buffer;
}

/**
 * What an email about an order carries: `order_confirmation` — invoice, act and every valid
 * e-ticket; `refund_confirmation` — the refund's act; `order_tickets` — the valid e-tickets
 * only; `order_documents` — invoice, act and every refund act.
 */
export type AttachmentPurpose = 'order_confirmation' | 'refund_confirmation' | 'order_tickets' | 'order_documents';

/**
 * The documents a message carries. The documents module implements it; it may make a document
 * on demand. A throw fails this attempt of the job, which is retried with back-off, so a
 * confirmation never goes out without its documents.
 */
export interface OrderAttachmentSource {
  attachmentsFor(orderId: string, purpose: AttachmentPurpose, refundId?: string): Promise<MailAttachment[]>;
}

/** Where an unpaid order is paid: the payments module knows the payment page it started. */
export interface PaymentPageSource {
  /** The payment service's page for the order's current payment; null when none was started. */
  paymentPage(orderId: string): Promise<string | null>;
}
