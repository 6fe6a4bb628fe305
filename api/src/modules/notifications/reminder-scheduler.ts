import type { DataSource } from 'typeorm';
import type { Logger } from '../../platform/logger';
import { enqueueAll, outboxMessage } from '../../platform/outbox/enqueue';
import { PeriodicTask } from '../../platform/periodic-task';
import { REMINDER_24H, REMINDER_2H } from './notifications.events';

const HOUR_MS = 3_600_000;

/** Each reminder: how long before departure it goes, and until when it is still worth sending. */
const REMINDERS = [
  { kind: 'reminder_24h', topic: REMINDER_24H, leadMs: 24 * HOUR_MS, lastUntilMs: 2 * HOUR_MS },
  { kind: 'reminder_2h', topic: REMINDER_2H, leadMs: 2 * HOUR_MS, lastUntilMs: 0 },
] as const;

const BATCH = 500;

/**
 * Claims up to $5 orders due for reminder $4 at $1 (the reminder goes from $2 seconds before
 * departure until $3 seconds before it); the notification_reminder row is the claim.
 */
const CLAIM_DUE_REMINDERS = `WITH due AS (
     SELECT o.id FROM event e JOIN orders o ON o.event_id = e.id
      WHERE e.starts_at > $1::timestamptz + make_interval(secs => $3)
        AND e.starts_at <= $1::timestamptz + make_interval(secs => $2)
        AND e.status = 'scheduled' AND e.deleted_at IS NULL
        AND o.status IN ('PAID', 'PARTIALLY_REFUNDED')
        AND o.created_at < e.starts_at - make_interval(secs => $2)
        AND NOT EXISTS (SELECT 1 FROM notification_reminder r WHERE r.order_id = o.id AND r.kind = $4)
      LIMIT $5
   ), claimed AS (
     INSERT INTO notification_reminder (order_id, kind) SELECT id, $4 FROM due ON CONFLICT DO NOTHING RETURNING order_id
   ) SELECT order_id FROM claimed`;

/**
 * Writes the departure reminders' jobs: one outbox row per sailing order and reminder kind,
 * never two — the notification_reminder row and the outbox row commit in one transaction, and
 * its primary key turns a second scheduler (another worker process) into a no-op. A reminder
 * goes only to orders bought before its moment (a ticket bought 3 hours ahead gets the 2-hour
 * reminder, not the 24-hour one) and only until the next reminder is due.
 */
export class ReminderScheduler {
  private readonly task: PeriodicTask<number>;

  constructor(
    private readonly db: DataSource,
    private readonly clock: () => Date,
    private readonly logger: Logger,
  ) {
    this.task = new PeriodicTask('reminder scheduling', () => this.schedule(), 0, logger);
  }

  start(intervalMs: number): void {
    this.task.start(intervalMs);
  }

  stop(): Promise<void> {
    return this.task.stop();
  }

  /** Schedules what is due now; overlapping calls share the pass in progress. Returns the jobs written. */
  runOnce(): Promise<number> {
    return this.task.runOnce();
  }

  private async schedule(): Promise<number> {
    let total = 0;
    for (const reminder of REMINDERS) {
      for (;;) {
        const written = await this.db.transaction(async (tx) => {
          const claimed = (await tx.query(CLAIM_DUE_REMINDERS, [
            this.clock(), reminder.leadMs / 1000, reminder.lastUntilMs / 1000, reminder.kind, BATCH,
          ])) as Array<{ order_id: string }>;
          await enqueueAll(tx, claimed.map((row) => outboxMessage(reminder.topic, { orderId: row.order_id })));
          return claimed.length;
        });
        total += written;
        if (written < BATCH) break;
      }
    }
    if (total > 0) this.logger.info({ reminders: total }, 'departure reminders scheduled');
    return total;
  }
}
