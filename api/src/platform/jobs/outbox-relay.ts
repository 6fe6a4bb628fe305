import type { DataSource } from 'typeorm';
import type { Queryable } from '../db/sql-client';
import type { Logger } from '../logger';
import { PeriodicTask } from '../periodic-task';
import type { JobTransport } from './jobs';

/**
 * Moves committed outbox rows to the job transport. A row is marked published only after the
 * transport has it (for RabbitMQ, after the broker's confirm), in the transaction that locked
 * it: a crash in between sends it again later, never loses it — consumers are idempotent.
 * Only topics someone consumes are relayed; other rows wait for their consumer to exist.
 */
export class OutboxRelay {
  private readonly task: PeriodicTask<number>;

  constructor(
    private readonly db: DataSource,
    private readonly transport: JobTransport,
    private readonly topics: string[],
    logger: Logger,
    private readonly batch = 100,
  ) {
    this.task = new PeriodicTask('outbox relay', () => this.relay(this.batch), 0, logger);
  }

  /** Relays a batch of what is waiting; returns how many rows went out. */
  relayOnce(): Promise<number> {
    return this.task.runOnce();
  }

  start(intervalMs: number): void {
    this.task.start(intervalMs);
  }

  stop(): Promise<void> {
    return this.task.stop();
  }

  private async relay(batch: number): Promise<number> {
    if (this.topics.length === 0) return 0;
    return this.db.transaction(async (tx) => {
      const rows = (await tx.query(
        `SELECT id, topic, payload FROM outbox
          WHERE published_at IS NULL AND dead_at IS NULL AND topic = ANY ($1::text[])
          ORDER BY created_at LIMIT $2
            FOR UPDATE SKIP LOCKED`,
        [this.topics, batch],
      )) as Array<{ id: string; topic: string; payload: Record<string, unknown> }>;
      for (const row of rows) await this.transport.publish(row);
      if (rows.length > 0) {
        await tx.query('UPDATE outbox SET published_at = now(), attempts = attempts + 1 WHERE id = ANY ($1::uuid[])', [rows.map((r) => r.id)]);
      }
      return rows.length;
    });
  }
}

/** A job that failed every attempt, as the CRM lists it (the payload stays private: it may hold links with tokens). */
export interface DeadJob {
  id: string;
  topic: string;
  /** The order it was about, when its payload names one. */
  orderId: string | null;
  lastError: string | null;
  createdAt: Date;
  deadAt: Date;
}

const DEAD_COLUMNS = "id, topic, payload->>'orderId' AS order_id, last_error, created_at, dead_at";
type DeadRow = { id: string; topic: string; order_id: string | null; last_error: string | null; created_at: Date; dead_at: Date };
const toDeadJob = (r: DeadRow): DeadJob => ({ id: r.id, topic: r.topic, orderId: r.order_id, lastError: r.last_error, createdAt: r.created_at, deadAt: r.dead_at });

/** Jobs that failed every attempt, newest first, for the CRM to list and replay. */
export async function listDeadJobs(db: Queryable): Promise<DeadJob[]> {
  const rows = (await db.query(`SELECT ${DEAD_COLUMNS} FROM outbox WHERE dead_at IS NOT NULL ORDER BY dead_at DESC, id LIMIT 500`)) as DeadRow[];
  return rows.map(toDeadJob);
}

/**
 * Sends a dead job again from scratch; the relay picks it up on its next pass. In the caller's
 * transaction when given one (the CRM audits the replay with it).
 *
 * @returns the job as it was while dead, or null when no dead job has this id
 */
export async function reviveDeadJob(db: Queryable, id: string): Promise<DeadJob | null> {
  const [row] = (await db.query(
    `WITH dead AS (SELECT ${DEAD_COLUMNS} FROM outbox WHERE id = $1 AND dead_at IS NOT NULL FOR UPDATE),
          revived AS (UPDATE outbox SET dead_at = NULL, published_at = NULL, last_error = NULL WHERE id IN (SELECT id FROM dead) RETURNING id)
     SELECT dead.* FROM dead JOIN revived USING (id)`,
    [id],
  )) as DeadRow[];
  return row ? toDeadJob(row) : null;
}

/** Sends a dead job again from scratch; the relay picks it up on its next pass. */
export async function replayDeadJob(db: Queryable, id: string): Promise<boolean> {
  return (await reviveDeadJob(db, id)) !== null;
}

/** Marks a job dead with the error of its last attempt. */
export async function markJobDead(db: DataSource, id: string, error: string): Promise<void> {
  await db.query('UPDATE outbox SET dead_at = now(), last_error = $2 WHERE id = $1', [id, error.slice(0, 2_000)]);
}
