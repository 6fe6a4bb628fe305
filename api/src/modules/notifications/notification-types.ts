/** What a message is about; one set of templates per type, language and channel. */
export const NOTIFICATION_TYPES = [
  'email_verification',
  'password_reset',
  'order_confirmation',
  'refund_confirmation',
  'reminder_24h',
  'reminder_2h',
  'late_payment_refunded',
  'support_update',
  'order_tickets',
  'order_documents',
  'payment_link',
  'sailing_cancelled',
  'email_change',
  'email_change_notice',
] as const;
export type NotificationType = (typeof NOTIFICATION_TYPES)[number];

/** How a template is written: an email (subject, text, HTML) or one messenger text. */
export const TEMPLATE_CHANNELS = ['email', 'messenger'] as const;
export type TemplateChannel = (typeof TEMPLATE_CHANNELS)[number];

export const MESSENGERS = ['max', 'telegram', 'whatsapp'] as const;
export type Messenger = (typeof MESSENGERS)[number];
/** Where one message actually goes. */
export type DeliveryChannel = 'email' | Messenger;

const ORDER_PLACEHOLDERS = [
  'customerName', 'orderNumber', 'sailingTitle', 'route', 'berth', 'berthAddress', 'departure', 'tickets', 'total',
  'refundDeadline', 'refundPolicy', 'orderLink',
] as const;

/** The placeholders each type's templates may use: the data its messages are rendered with. */
export const PLACEHOLDERS: Record<NotificationType, readonly string[]> = {
  email_verification: ['email', 'link'],
  password_reset: ['email', 'link'],
  order_confirmation: ORDER_PLACEHOLDERS,
  refund_confirmation: [...ORDER_PLACEHOLDERS, 'refundAmount', 'refundedTickets'],
  reminder_24h: ORDER_PLACEHOLDERS,
  reminder_2h: ORDER_PLACEHOLDERS,
  late_payment_refunded: [...ORDER_PLACEHOLDERS, 'refundAmount'],
  support_update: ['caseNumber', 'message', 'link'],
  order_tickets: ORDER_PLACEHOLDERS,
  order_documents: ORDER_PLACEHOLDERS,
  payment_link: [...ORDER_PLACEHOLDERS, 'paymentLink', 'paymentDeadline'],
  sailing_cancelled: [...ORDER_PLACEHOLDERS, 'cancellationRefund', 'reason'],
  // `email` is the new address in both: the link goes to it, the notice to the old one.
  email_change: ['email', 'link'],
  email_change_notice: ['email'],
};

/** Placeholders a template of the type cannot do without (a verification mail without its link is useless). */
export const REQUIRED_PLACEHOLDERS: Partial<Record<NotificationType, readonly string[]>> = {
  email_verification: ['link'],
  password_reset: ['link'],
  payment_link: ['paymentLink'],
  email_change: ['link'],
  email_change_notice: ['email'],
};

/**
 * WhatsApp only lets a business start a conversation with a template approved in advance at
 * Meta, named `${WHATSAPP_TEMPLATE_PREFIX}${type}`, whose body takes these values as {{1}}, {{2}}…
 */
export const WHATSAPP_PARAMETERS: Record<NotificationType, readonly string[]> = {
  email_verification: ['link'],
  password_reset: ['link'],
  order_confirmation: ['orderNumber', 'sailingTitle', 'departure', 'berth', 'refundPolicy', 'orderLink'],
  refund_confirmation: ['orderNumber', 'refundAmount', 'orderLink'],
  reminder_24h: ['sailingTitle', 'departure', 'berth', 'orderLink'],
  reminder_2h: ['sailingTitle', 'departure', 'berth', 'orderLink'],
  late_payment_refunded: ['orderNumber', 'refundAmount'],
  support_update: ['caseNumber', 'link'],
  order_tickets: ['orderNumber', 'sailingTitle', 'departure', 'orderLink'],
  order_documents: ['orderNumber', 'orderLink'],
  payment_link: ['orderNumber', 'sailingTitle', 'total', 'paymentDeadline', 'paymentLink'],
  sailing_cancelled: ['orderNumber', 'sailingTitle', 'departure', 'cancellationRefund'],
  email_change: ['link'],
  email_change_notice: ['email'],
};

/**
 * Which channels a type goes through:
 * - `email_only`: account mail, which proves the address or resets its password;
 * - `email_and_messenger`: messages with documents attached always go by email, and also by
 *   the preferred messenger;
 * - `messenger_first`: the preferred messenger, with email when it fails or none is set.
 */
export type DeliveryPolicy = 'email_only' | 'email_and_messenger' | 'messenger_first';

export const DELIVERY_POLICY: Record<NotificationType, DeliveryPolicy> = {
  email_verification: 'email_only',
  password_reset: 'email_only',
  order_confirmation: 'email_and_messenger',
  refund_confirmation: 'email_and_messenger',
  reminder_24h: 'messenger_first',
  reminder_2h: 'messenger_first',
  late_payment_refunded: 'messenger_first',
  support_update: 'messenger_first',
  order_tickets: 'email_and_messenger',
  order_documents: 'email_and_messenger',
  payment_link: 'messenger_first',
  // The buyer must hear of it: by email always, and by their messenger too.
  sailing_cancelled: 'email_and_messenger',
  email_change: 'email_only',
  email_change_notice: 'email_only',
};

/** What a staff resend (the RESEND topic) may ask for again. */
export const RESEND_KINDS = ['confirmation', 'tickets', 'documents', 'payment_link'] as const;
export type ResendKind = (typeof RESEND_KINDS)[number];
