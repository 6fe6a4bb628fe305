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
 * The documents a confirmation carries (e-tickets, invoice, act, refund act). The documents
 * module implements it; it may make a document on demand. A throw fails this attempt of the
 * job, which is retried with back-off, so a confirmation never goes out without its documents.
 */
export interface OrderAttachmentSource {
  attachmentsFor(orderId: string, purpose: 'order_confirmation' | 'refund_confirmation', refundId?: string): Promise<MailAttachment[]>;
}
