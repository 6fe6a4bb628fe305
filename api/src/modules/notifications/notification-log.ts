import type { DataSource } from 'typeorm';
import type { Lang } from '../../platform/http/locale';
import type { DeliveryChannel, Messenger, NotificationType } from './notification-types';

export interface DeliveryIntent {
  type: NotificationType;
  channel: DeliveryChannel;
  recipient: string;
  locale: Lang;
  orderId?: string | undefined;
  customerId?: string | undefined;
  sourceMessageId: string;
  fallbackFrom?: Messenger | undefined;
  subject?: string | undefined;
}

/** The outcome of asking to send: go ahead (this attempt's row), already sent, or another worker is on it. */
export type Claim = { state: 'claimed'; id: string; attempts: number } | { state: 'sent' } | { state: 'busy' };

/**
 * The notification records as a worker writes them, each step its own short statement (no
 * transaction is held while a mail server or messenger is asked). One row per outbox message
 * and channel: a redelivered message finds its row sent and sends nothing.
 */
export class NotificationLog {
  constructor(
    private readonly db: DataSource,
    /** How long a claimed row is left to its worker: longer than any send can take. */
    private readonly leaseMs: number,
  ) {}

  async claim(intent: DeliveryIntent): Promise<Claim> {
    const rows = (await this.db.query(
      `WITH claimed AS (
         INSERT INTO notification AS n (type, channel, recipient, locale, order_id, customer_id, source_message_id, fallback_from, subject,
                                        status, attempts, locked_until)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'queued', 1, now() + make_interval(secs => $10))
         ON CONFLICT (source_message_id, channel) DO UPDATE
            SET attempts = n.attempts + 1, status = 'queued', locked_until = EXCLUDED.locked_until, recipient = EXCLUDED.recipient,
                locale = EXCLUDED.locale, subject = EXCLUDED.subject, fallback_from = EXCLUDED.fallback_from, customer_id = EXCLUDED.customer_id
          WHERE n.status <> 'sent' AND (n.locked_until IS NULL OR n.locked_until < now())
         RETURNING n.id, n.attempts
       ) SELECT id, attempts FROM claimed`,
      [
        intent.type, intent.channel, intent.recipient, intent.locale, intent.orderId ?? null, intent.customerId ?? null, intent.sourceMessageId,
        intent.fallbackFrom ?? null, intent.subject ?? null, this.leaseMs / 1000,
      ],
    )) as Array<{ id: string; attempts: number }>;
    const row = rows[0];
    if (row) return { state: 'claimed', id: row.id, attempts: row.attempts };
    const [existing] = (await this.db.query('SELECT status FROM notification WHERE source_message_id = $1 AND channel = $2', [
      intent.sourceMessageId, intent.channel,
    ])) as Array<{ status: string }>;
    return existing?.status === 'sent' ? { state: 'sent' } : { state: 'busy' };
  }

  async sent(id: string, providerMessageId: string): Promise<void> {
    await this.db.query(
      "UPDATE notification SET status = 'sent', provider_message_id = $2, sent_at = now(), error = NULL, locked_until = NULL WHERE id = $1",
      [id, providerMessageId],
    );
  }

  async failed(id: string, error: string): Promise<void> {
    await this.db.query("UPDATE notification SET status = 'failed', error = $2, locked_until = NULL WHERE id = $1", [id, error.slice(0, 2_000)]);
  }
}
