import type { DataSource, EntityManager } from 'typeorm';

/** One unit of background work, as written to the outbox. */
export interface Job {
  id: string;
  topic: string;
  payload: Record<string, unknown>;
  /** Deliveries so far, this one included. */
  attempt: number;
}

/** Does a job's work inside the transaction that records it as done. */
export type TransactionalJobHandler = (job: Job, tx: EntityManager) => Promise<void>;

/**
 * A job whose effect lies outside the database (an email, a messenger call). It runs with no
 * transaction open — a slow mail server must not hold a connection, and the embedded database
 * has only one — so it keeps its own record of what it has done and a redelivery repeats
 * nothing that record says is done.
 */
export interface ExternalJobHandler {
  outsideTransaction(job: Job): Promise<void>;
}

export type JobHandler = TransactionalJobHandler | ExternalJobHandler;

/** Where relayed jobs go: RabbitMQ in production, this process in the embedded default. */
export interface JobTransport {
  /** Resolves once the job is safely with the transport (for RabbitMQ: the broker confirmed). */
  publish(job: Omit<Job, 'attempt'>): Promise<void>;
  /** Starts consuming: each job is given to its topic's handler. */
  consume(handlers: Map<string, JobHandler>, consumer: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * Runs `handler` for `job` at most once per consumer: the processed_message row and the work
 * commit together, so a redelivery finds the row and does nothing. An external handler runs
 * first and is marked processed after it succeeds; its own record covers a crash in between.
 *
 * @returns false when the job had already been handled
 */
export async function handleOnce(db: DataSource, consumer: string, job: Job, handler: JobHandler): Promise<boolean> {
  if (typeof handler !== 'function') {
    const done = (await db.query('SELECT 1 FROM processed_message WHERE message_id = $1 AND consumer = $2', [job.id, consumer])) as unknown[];
    if (done.length > 0) return false;
    await handler.outsideTransaction(job);
    await db.query('INSERT INTO processed_message (message_id, consumer) VALUES ($1, $2) ON CONFLICT DO NOTHING', [job.id, consumer]);
    return true;
  }
  return db.transaction(async (tx) => {
    const claimed = (await tx.query(
      `WITH claimed AS (
         INSERT INTO processed_message (message_id, consumer) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING message_id
       ) SELECT message_id FROM claimed`,
      [job.id, consumer],
    )) as unknown[];
    if (claimed.length === 0) return false;
    await handler(job, tx);
    return true;
  });
}

/**
 * How many jobs one process runs at once unless told otherwise. Each running job holds a
 * database connection (its transaction) and most render PDFs, so a small number keeps the
 * API's own requests fed with connections and CPU while a backlog drains.
 */
export const DEFAULT_JOB_CONCURRENCY = 2;

/** Exponential back-off for the next attempt, capped. */
export function retryDelayMs(attempt: number, baseMs: number): number {
  return Math.min(baseMs * 2 ** (attempt - 1), 60_000);
}
