import { handleOnce } from '../platform/jobs/jobs';
import { jobHandlers, WORKER_CONSUMER } from '../workers';
import type { TestApp } from './test-app';

/**
 * Runs the outbox's waiting jobs of `topic` now, through the workers' own handlers and
 * `handleOnce`, for test apps that run no workers: what the relay would do a moment later.
 */
export async function runWaitingJobs(t: TestApp, topic: string): Promise<void> {
  const handler = jobHandlers(t.services).get(topic);
  if (!handler) throw new Error(`no job handler for ${topic}`);
  const rows = (await t.db.query('SELECT id, payload FROM outbox WHERE topic = $1 AND published_at IS NULL ORDER BY created_at, id', [topic])) as Array<{
    id: string;
    payload: Record<string, unknown>;
  }>;
  for (const row of rows) {
    await handleOnce(t.db, WORKER_CONSUMER, { id: row.id, topic, payload: row.payload, attempt: 1 }, handler);
    await t.db.query('UPDATE outbox SET published_at = now() WHERE id = $1', [row.id]);
  }
}
