import type { OrderNotificationsPort } from '../orders/admin/order-ports';
import type { NotificationRecords } from './notification-records';
import { enqueue } from '../../platform/outbox/enqueue';
import { RESEND } from './notifications.events';

/**
 * The notifications as the CRM's order page and its Resend button use them: the messages
 * recorded for the order, and a resend queued as an outbox row in the staff action's
 * transaction (its audit row commits with it), which `NotificationService.resend` sends.
 *
 * @example
 * createAdminOrdersModule({ ..., notifications: orderNotificationsPort(services.notifications.records) });
 */
export function orderNotificationsPort(records: NotificationRecords): OrderNotificationsPort {
  return {
    async sent(orderId) {
      return (await records.listForOrder(orderId)).map((r) => ({
        id: r.id,
        kind: r.type,
        channel: r.channel,
        recipient: r.recipient,
        status: r.status,
        attempts: r.attempts,
        error: r.error,
        at: r.sentAt ?? r.createdAt,
      }));
    },
    async resend(tx, orderId, what) {
      await enqueue(tx, RESEND, { orderId, what });
    },
  };
}
