import type { Schemas } from '@prichal/sdk';

export type TemplateType = Schemas['NotificationType'];
export type TemplateLocale = Schemas['NotificationTemplate']['locale'];
export type TemplateChannel = Schemas['NotificationTemplate']['channel'];

/** Message types in the order staff think of them: account, order, reminders, cancellations. */
export const TEMPLATE_TYPES = [
  'order_confirmation', 'payment_link', 'order_tickets', 'order_documents', 'reminder_24h', 'reminder_2h', 'refund_confirmation',
  'late_payment_refunded', 'sailing_cancelled', 'support_update', 'email_verification', 'password_reset', 'email_change', 'email_change_notice',
] as const satisfies readonly TemplateType[];
export const TEMPLATE_LOCALES = ['ru', 'en', 'zh'] as const satisfies readonly TemplateLocale[];
export const TEMPLATE_CHANNELS = ['email', 'messenger'] as const satisfies readonly TemplateChannel[];

export function isTemplateType(value: string | undefined): value is TemplateType {
  return (TEMPLATE_TYPES as readonly string[]).includes(value ?? '');
}
export function isTemplateLocale(value: string | undefined): value is TemplateLocale {
  return (TEMPLATE_LOCALES as readonly string[]).includes(value ?? '');
}
export function isTemplateChannel(value: string | undefined): value is TemplateChannel {
  return (TEMPLATE_CHANNELS as readonly string[]).includes(value ?? '');
}

export const templatePath = (type: TemplateType, locale: TemplateLocale, channel: TemplateChannel) => `/settings/templates/${type}/${locale}/${channel}`;

/** `{{name}}` fragments of a text, for showing which placeholders a template uses. */
export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((match) => match[1] ?? '');
}
