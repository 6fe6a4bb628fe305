import type { DataSource } from 'typeorm';
import type { Lang } from '../../platform/http/locale';
import type { DeliveryChannel, Messenger, NotificationType } from './notification-types';

/** One message as sent (or tried) through one channel. */
export interface NotificationRecord {
  id: string;
  type: NotificationType;
  channel: DeliveryChannel;
  recipient: string;
  locale: Lang;
  orderId: string | null;
  customerId: string | null;
  /** The outbox message it came from. */
  sourceMessageId: string;
  /** Set when this email stood in for a messenger that failed. */
  fallbackFrom: Messenger | null;
  subject: string | null;
  status: 'queued' | 'sent' | 'failed';
  attempts: number;
  providerMessageId: string | null;
  /** Why the last attempt failed; cleared when a later attempt succeeds. */
  error: string | null;
  createdAt: string;
  sentAt: string | null;
}

interface RecordRow {
  id: string; type: NotificationType; channel: DeliveryChannel; recipient: string; locale: Lang; order_id: string | null;
  customer_id: string | null; source_message_id: string; fallback_from: Messenger | null; subject: string | null;
  status: NotificationRecord['status']; attempts: number; provider_message_id: string | null; error: string | null;
  created_at: Date; sent_at: Date | null;
}

const COLUMNS = `id, type, channel, recipient, locale, order_id, customer_id, source_message_id, fallback_from, subject, status, attempts,
  provider_message_id, error, created_at, sent_at`;

/** What was sent to whom, for the CRM's order and customer pages. */
export class NotificationRecords {
  constructor(private readonly db: DataSource) {}

  async listForOrder(orderId: string): Promise<NotificationRecord[]> {
    const rows = (await this.db.query(`SELECT ${COLUMNS} FROM notification WHERE order_id = $1 ORDER BY created_at, channel`, [orderId])) as RecordRow[];
    return rows.map(toRecord);
  }

  async listForCustomer(customerId: string, limit = 200): Promise<NotificationRecord[]> {
    const rows = (await this.db.query(`SELECT ${COLUMNS} FROM notification WHERE customer_id = $1 ORDER BY created_at DESC LIMIT $2`, [
      customerId, limit,
    ])) as RecordRow[];
    return rows.map(toRecord);
  }

  /** The messages one outbox message produced. */
  async listForSource(sourceMessageId: string): Promise<NotificationRecord[]> {
    const rows = (await this.db.query(`SELECT ${COLUMNS} FROM notification WHERE source_message_id = $1 ORDER BY created_at, channel`, [
      sourceMessageId,
    ])) as RecordRow[];
    return rows.map(toRecord);
  }
}

function toRecord(row: RecordRow): NotificationRecord {
  return {
    id: row.id,
    type: row.type,
    channel: row.channel,
    recipient: row.recipient,
    locale: row.locale,
    orderId: row.order_id,
    customerId: row.customer_id,
    sourceMessageId: row.source_message_id,
    fallbackFrom: row.fallback_from,
    subject: row.subject,
    status: row.status,
    attempts: row.attempts,
    providerMessageId: row.provider_message_id,
    error: row.error,
    createdAt: row.created_at.toISOString(),
    sentAt: row.sent_at?.toISOString() ?? null,
  };
}
