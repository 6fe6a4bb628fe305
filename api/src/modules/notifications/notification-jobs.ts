import type { JobHandler } from '../../platform/jobs/jobs';
import { consumeOutsideTransaction } from '../../platform/outbox/consumers';
import type { NotificationService } from './notification.service';
import * as events from './notifications.events';

/**
 * The notification consumers, by topic, for the workers' handler map. Sending is outside the
 * database, so each runs with no transaction open (see ExternalJobHandler); the payloads are
 * the ones notifications.events.ts declares.
 */
export function notificationJobHandlers(notifications: NotificationService): Map<string, JobHandler> {
  return new Map<string, JobHandler>([
    consumeOutsideTransaction(events.ORDER_CONFIRMATION, (payload, job) => notifications.orderConfirmation(job.id, payload)),
    consumeOutsideTransaction(events.REFUND_CONFIRMATION, (payload, job) => notifications.refundConfirmation(job.id, payload)),
    consumeOutsideTransaction(events.LATE_PAYMENT_REFUNDED, (payload, job) => notifications.latePaymentRefunded(job.id, payload)),
    consumeOutsideTransaction(events.REMINDER_24H, (payload, job) => notifications.reminder(job.id, 'reminder_24h', payload)),
    consumeOutsideTransaction(events.REMINDER_2H, (payload, job) => notifications.reminder(job.id, 'reminder_2h', payload)),
    consumeOutsideTransaction(events.EMAIL_VERIFICATION, (payload, job) => notifications.accountMail(job.id, 'email_verification', payload)),
    consumeOutsideTransaction(events.PASSWORD_RESET, (payload, job) => notifications.accountMail(job.id, 'password_reset', payload)),
    consumeOutsideTransaction(events.EMAIL_CHANGE, (payload, job) => notifications.accountMail(job.id, 'email_change', payload)),
    consumeOutsideTransaction(events.EMAIL_CHANGE_NOTICE, (payload, job) => notifications.emailChangeNotice(job.id, payload)),
    consumeOutsideTransaction(events.SUPPORT_UPDATE, (payload, job) => notifications.supportUpdate(job.id, payload)),
    consumeOutsideTransaction(events.RESEND, (payload, job) => notifications.resend(job.id, payload)),
    consumeOutsideTransaction(events.SAILING_CANCELLED, (payload, job) => notifications.sailingCancelled(job.id, payload)),
  ]);
}
