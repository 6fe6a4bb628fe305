import type { EntityManager } from 'typeorm';
import type { Job, JobHandler } from '../jobs/jobs';
import type { OutboxTopic } from './topic';

/** A job whose payload is not what its topic promises: no retry will fix it. */
export class MalformedJob extends Error {
  override readonly name = 'MalformedJob';
}

/** The job's payload as its topic declares it; a MalformedJob when it is not. */
export function payloadOf<Payload extends Record<string, unknown>>(topic: OutboxTopic<Payload>, job: Job): Payload {
  const parsed = topic.payload.safeParse(job.payload);
  if (!parsed.success) {
    throw new MalformedJob(`${job.topic} ${job.id}: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
  }
  return parsed.data;
}

/** One entry of a module's handler map: a topic and what to do with each of its jobs. */
export type TopicConsumer = readonly [topicName: string, handler: JobHandler];

/**
 * Consumes `topic` inside the transaction that marks the job done (see handleOnce): the work
 * and the mark commit together.
 */
export function consumeInTransaction<Payload extends Record<string, unknown>>(
  topic: OutboxTopic<Payload>,
  run: (payload: Payload, tx: EntityManager, job: Job) => Promise<void>,
): TopicConsumer {
  return [topic.name, (job, tx) => run(payloadOf(topic, job), tx, job)];
}

/**
 * Consumes `topic` with no transaction open: for work outside the database (mail, messengers),
 * which keeps its own record of what it has done (see ExternalJobHandler).
 */
export function consumeOutsideTransaction<Payload extends Record<string, unknown>>(
  topic: OutboxTopic<Payload>,
  run: (payload: Payload, job: Job) => Promise<void>,
): TopicConsumer {
  return [topic.name, { outsideTransaction: (job) => run(payloadOf(topic, job), job) }];
}
