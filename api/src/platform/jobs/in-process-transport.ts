import type { DataSource } from 'typeorm';
import type { Logger } from '../logger';
import { DEFAULT_JOB_CONCURRENCY, handleOnce, retryDelayMs, type Job, type JobHandler, type JobTransport } from './jobs';
import { markJobDead } from './outbox-relay';

/**
 * The embedded default's transport: jobs run in this process, retried with back-off and
 * marked dead in the outbox after the last attempt. A crash loses nothing: at start,
 * `redeliverUnfinished` sends again every published job its consumer never finished.
 */
export class InProcessTransport implements JobTransport {
  private handlers = new Map<string, JobHandler>();
  private consumer = 'app';
  private readonly timers = new Set<NodeJS.Timeout>();
  /** Jobs due now, waiting for one of the `concurrency` slots. */
  private readonly ready: Array<{ job: Job; handler: JobHandler }> = [];
  private active = 0;

  constructor(
    private readonly db: DataSource,
    private readonly settings: { maxAttempts: number; retryBaseMs: number; concurrency?: number },
    private readonly logger: Logger,
  ) {}

  async publish(job: Omit<Job, 'attempt'>): Promise<void> {
    const handler = this.handlers.get(job.topic);
    if (handler) this.schedule({ ...job, attempt: 1 }, handler, 0);
  }

  async consume(handlers: Map<string, JobHandler>, consumer: string): Promise<void> {
    this.handlers = handlers;
    this.consumer = consumer;
  }

  async close(): Promise<void> {
    this.timers.forEach((timer) => clearTimeout(timer));
    this.timers.clear();
    // Jobs not started stay unfinished in the outbox; the next start sends them again.
    this.ready.length = 0;
  }

  private schedule(job: Job, handler: JobHandler, delayMs: number): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      this.ready.push({ job, handler });
      this.startReady();
    }, delayMs);
    timer.unref();
    this.timers.add(timer);
  }

  private startReady(): void {
    const limit = this.settings.concurrency ?? DEFAULT_JOB_CONCURRENCY;
    while (this.active < limit && this.ready.length > 0) {
      const next = this.ready.shift()!;
      this.active += 1;
      void this.run(next.job, next.handler).finally(() => {
        this.active -= 1;
        this.startReady();
      });
    }
  }

  private async run(job: Job, handler: JobHandler): Promise<void> {
    try {
      await handleOnce(this.db, this.consumer, job, handler);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (job.attempt >= this.settings.maxAttempts) {
        this.logger.error({ jobId: job.id, topic: job.topic, err: error }, 'job failed for good');
        await markJobDead(this.db, job.id, message).catch(() => undefined);
        return;
      }
      this.schedule({ ...job, attempt: job.attempt + 1 }, handler, retryDelayMs(job.attempt, this.settings.retryBaseMs));
    }
  }
}

/** At start: publish again what this consumer was given but never finished (a crash). */
export async function redeliverUnfinished(db: DataSource, consumer: string, topics: string[]): Promise<number> {
  const rows = (await db.query(
    `WITH again AS (
       UPDATE outbox SET published_at = NULL
        WHERE published_at IS NOT NULL AND dead_at IS NULL AND topic = ANY ($2::text[])
          AND NOT EXISTS (SELECT 1 FROM processed_message p WHERE p.message_id = outbox.id AND p.consumer = $1)
       RETURNING id
     ) SELECT id FROM again`,
    [consumer, topics],
  )) as unknown[];
  return rows.length;
}
