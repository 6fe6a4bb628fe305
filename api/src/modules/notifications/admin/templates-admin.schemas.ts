import { z } from '@hono/zod-openapi';
import { LANGS } from '../../../platform/http/locale';
import { NOTIFICATION_TYPES, TEMPLATE_CHANNELS } from '../notification-types';

const Timestamp = z.string().openapi({ format: 'date-time' });
const NotificationTypeSchema = z.enum(NOTIFICATION_TYPES).openapi('NotificationType');
const LocaleSchema = z.enum(LANGS);
const ChannelSchema = z.enum(TEMPLATE_CHANNELS).openapi({ description: '`email` (subject, text and HTML) or `messenger` (one text for MAX, Telegram and the WhatsApp template’s data)' });

export const TemplateParams = z.object({
  type: NotificationTypeSchema.openapi({ param: { name: 'type', in: 'path' } }),
  locale: LocaleSchema.openapi({ param: { name: 'locale', in: 'path' } }),
  channel: ChannelSchema.openapi({ param: { name: 'channel', in: 'path' } }),
});

export const TemplateListQuery = z.object({
  type: NotificationTypeSchema.optional().openapi({ param: { name: 'type', in: 'query' } }),
  locale: LocaleSchema.optional().openapi({ param: { name: 'locale', in: 'query' } }),
  channel: ChannelSchema.optional().openapi({ param: { name: 'channel', in: 'query' } }),
});

export const NotificationTemplateSchema = z
  .object({
    type: NotificationTypeSchema,
    locale: LocaleSchema,
    channel: z.enum(TEMPLATE_CHANNELS),
    subject: z.string().nullable().openapi({ description: 'Email only' }),
    bodyText: z.string(),
    bodyHtml: z.string().nullable().openapi({ description: 'Email only: the HTML part, sent inside the mail layout' }),
    placeholders: z.array(z.string()).openapi({ description: 'The `{{name}}` placeholders this type may use' }),
    requiredPlaceholders: z.array(z.string()).openapi({ description: 'Placeholders every part must use (an account mail’s link)' }),
    updatedAt: Timestamp,
    updatedBy: z.string().nullable().openapi({ description: 'Who last edited it (e-mail); null for the shipped text' }),
  })
  .openapi('NotificationTemplate');

export const NotificationTemplateListSchema = z.object({ items: z.array(NotificationTemplateSchema) }).openapi('NotificationTemplateList');

export const UpdateTemplateBody = z
  .object({
    subject: z.string().max(300).nullish().openapi({ description: 'Email: required; messenger: leave out' }),
    bodyText: z.string().max(20_000),
    bodyHtml: z.string().max(50_000).nullish().openapi({ description: 'Email: required; messenger: leave out' }),
  })
  .openapi('UpdateNotificationTemplateRequest');
