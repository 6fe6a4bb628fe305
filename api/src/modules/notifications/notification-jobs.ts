import { z } from 'zod';
import type { ExternalJobHandler, Job, JobHandler } from '../../platform/jobs/jobs';
import { LANGS } from '../../platform/http/locale';
import type { NotificationService } from './notification.service';
import { RESEND_KINDS, RESEND_TOPIC, type NotificationTopic } from './notification-types';

const OrderPayload = z.object({ orderId: z.uuid() });
const RefundPayload = z.object({ orderId: z.uuid(), refundId: z.uuid() });
const ResendPayload = z.object({ orderId: z.uuid(), what: z.enum(RESEND_KINDS) });
const SailingCancelledPayload = z.object({ orderId: z.uuid(), eventId: z.uuid(), reason: z.string().max(500) });
const AccountPayload = z.object({ email: z.email(), locale: z.enum(LANGS), link: z.url() });
const EmailChangeNoticePayload = z.object({ email: z.email(), newEmail: z.email(), locale: z.enum(LANGS) });
const SupportPayload = z.object({
  email: z.email(),
  locale: z.enum(LANGS),
  caseNumber: z.string().min(1),
  message: z.string().min(1),
  link: z.url(),
  orderId: z.uuid().optional(),
});

/** A job whose payload is not what its topic promises: no retry will fix it. */
export class MalformedJob extends Error {
  override readonly name = 'MalformedJob';
}

function payloadOf<T>(schema: z.ZodType<T>, job: Job): T {
  const parsed = schema.safeParse(job.payload);
  if (!parsed.success) throw new MalformedJob(`${job.topic} ${job.id}: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
  return parsed.data;
}

/** Sending is outside the database: these run with no transaction open (see ExternalJobHandler). */
const external = (run: (job: Job) => Promise<void>): ExternalJobHandler => ({ outsideTransaction: run });

/**
 * The notification consumers, by topic, for the workers' handler map.
 *
 * Payloads: `notification.order_confirmation` {orderId}; `notification.refund_confirmation`
 * {orderId, refundId}; `order.late_payment_refunded` {orderId, paymentId};
 * `notification.reminder_24h` / `_2h` {orderId}; `notification.email_verification` /
 * `notification.password_reset` / `notification.email_change` {email, locale, link};
 * `notification.email_change_notice` {email (the old address), newEmail, locale}; `notification.support_update`
 * {email, locale, caseNumber, message, link, orderId?}; `notification.resend` {orderId, what:
 * confirmation | tickets | documents | payment_link}; `notification.sailing_cancelled`
 * {orderId, eventId, reason}.
 */
export function notificationJobHandlers(notifications: NotificationService): Map<NotificationTopic, JobHandler> {
  return new Map<NotificationTopic, JobHandler>([
    ['notification.order_confirmation', external((job) => notifications.orderConfirmation(job.id, payloadOf(OrderPayload, job)))],
    ['notification.refund_confirmation', external((job) => notifications.refundConfirmation(job.id, payloadOf(RefundPayload, job)))],
    ['order.late_payment_refunded', external((job) => notifications.latePaymentRefunded(job.id, payloadOf(OrderPayload, job)))],
    ['notification.reminder_24h', external((job) => notifications.reminder(job.id, 'reminder_24h', payloadOf(OrderPayload, job)))],
    ['notification.reminder_2h', external((job) => notifications.reminder(job.id, 'reminder_2h', payloadOf(OrderPayload, job)))],
    ['notification.email_verification', external((job) => notifications.accountMail(job.id, 'email_verification', payloadOf(AccountPayload, job)))],
    ['notification.password_reset', external((job) => notifications.accountMail(job.id, 'password_reset', payloadOf(AccountPayload, job)))],
    ['notification.email_change', external((job) => notifications.accountMail(job.id, 'email_change', payloadOf(AccountPayload, job)))],
    ['notification.email_change_notice', external((job) => notifications.emailChangeNotice(job.id, payloadOf(EmailChangeNoticePayload, job)))],
    ['notification.support_update', external((job) => notifications.supportUpdate(job.id, payloadOf(SupportPayload, job)))],
    [RESEND_TOPIC, external((job) => notifications.resend(job.id, payloadOf(ResendPayload, job)))],
    ['notification.sailing_cancelled', external((job) => notifications.sailingCancelled(job.id, payloadOf(SailingCancelledPayload, job)))],
  ]);
}
