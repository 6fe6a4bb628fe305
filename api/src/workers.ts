/**
 * Background work: the outbox relay, the job consumers and the schedulers that write jobs.
 * With AMQP_URL the relay publishes to RabbitMQ and every worker process consumes from it;
 * without, jobs run in this process. Either way the outbox in PostgreSQL is the truth.
 */
import type { DataSource } from 'typeorm';
import type { Config } from './platform/config';
import type { Logger } from './platform/logger';
import { InProcessTransport, redeliverUnfinished } from './platform/jobs/in-process-transport';
import type { JobHandler, JobTransport } from './platform/jobs/jobs';
import { OutboxRelay } from './platform/jobs/outbox-relay';
import { RabbitMqTransport } from './platform/jobs/rabbitmq-transport';
import { notificationJobHandlers } from './modules/notifications/notification-jobs';
import { documentJobHandlers } from './modules/documents/documents.jobs';
import { customerJobHandlers } from './modules/customers/customers.jobs';
import { CUSTOMER_EVENTS } from './modules/customers/customers.events';
import { DOCUMENT_EVENTS } from './modules/documents/documents.events';
import { NOTIFICATION_EVENTS } from './modules/notifications/notifications.events';
import type { OutboxTopic } from './platform/outbox/topic';
import type { ReminderScheduler } from './modules/notifications/reminder-scheduler';
import type { Services } from './services';

/** The consumer name jobs are recorded under (processed_message) and RabbitMQ queues are named after. */
export const WORKER_CONSUMER = 'workers';

/**
 * Every outbox topic the modules declare (in their `<module>.events.ts`): the relay carries
 * these and nothing else, RabbitMQ gets a queue for each, and each has its consumer.
 */
export const OUTBOX_TOPICS: readonly OutboxTopic[] = [...NOTIFICATION_EVENTS, ...DOCUMENT_EVENTS, ...CUSTOMER_EVENTS];

/** The topics to relay and consume: the declared ones that have a consumer here. A consumer of an undeclared topic is a wiring bug. */
export function consumedTopics(handlers: Map<string, JobHandler>): string[] {
  const declared = new Set(OUTBOX_TOPICS.map((topic) => topic.name));
  const undeclared = [...handlers.keys()].filter((name) => !declared.has(name));
  if (undeclared.length > 0) throw new Error(`job consumers for undeclared outbox topics: ${undeclared.join(', ')}`);
  return OUTBOX_TOPICS.map((topic) => topic.name).filter((name) => handlers.has(name));
}

/** Every module's job consumers, by topic. */
export function jobHandlers(services: Pick<Services, 'notifications' | 'documents' | 'customers'>): Map<string, JobHandler> {
  return new Map<string, JobHandler>([
    ...notificationJobHandlers(services.notifications.service),
    ...documentJobHandlers(services.documents.service),
    ...customerJobHandlers(services.customers.emails),
  ]);
}

export interface Workers {
  transport: JobTransport;
  relay: OutboxRelay;
  /** The topics relayed and consumed. */
  topics: string[];
  close(): Promise<void>;
}

export interface WorkerOptions {
  db: DataSource;
  logger: Logger;
  config: Pick<Config, 'AMQP_URL' | 'JOB_MAX_ATTEMPTS' | 'JOB_RETRY_BASE_MS' | 'JOB_CONCURRENCY' | 'OUTBOX_RELAY_INTERVAL_MS' | 'REMINDER_INTERVAL_MS'>;
  handlers: Map<string, JobHandler>;
  /** Schedulers that write jobs on a timer. */
  reminders?: ReminderScheduler;
  /** Prefix of RabbitMQ exchanges and queues (tests use a unique one per run). */
  queuePrefix?: string;
}

/**
 * Starts consuming first (so RabbitMQ has the queues before anything is published to them),
 * then the relay and the schedulers.
 *
 * @example
 * const workers = await startWorkers({ db, logger, config, handlers: jobHandlers(services), reminders: services.notifications.reminders });
 * // on shutdown
 * await workers.close();
 */
export async function startWorkers(options: WorkerOptions): Promise<Workers> {
  const { db, logger, config, handlers } = options;
  const settings = { maxAttempts: config.JOB_MAX_ATTEMPTS, retryBaseMs: config.JOB_RETRY_BASE_MS, concurrency: config.JOB_CONCURRENCY };
  const topics = consumedTopics(handlers);
  const transport: JobTransport = config.AMQP_URL
    ? await RabbitMqTransport.connect(config.AMQP_URL, db, { ...settings, prefix: options.queuePrefix ?? '' }, logger)
    : new InProcessTransport(db, settings, logger);
  await transport.consume(handlers, WORKER_CONSUMER);
  if (!config.AMQP_URL) {
    // A crash of this process lost what it was running; RabbitMQ would have kept it.
    const again = await redeliverUnfinished(db, WORKER_CONSUMER, topics);
    if (again > 0) logger.info({ jobs: again }, 'jobs unfinished at the last stop will run again');
  }
  const relay = new OutboxRelay(db, transport, topics, logger);
  relay.start(config.OUTBOX_RELAY_INTERVAL_MS);
  void relay.relayOnce();
  options.reminders?.start(config.REMINDER_INTERVAL_MS);
  logger.info({ transport: config.AMQP_URL ? 'rabbitmq' : 'in-process', topics: topics.length }, 'workers started');
  return {
    transport,
    relay,
    topics,
    async close() {
      await options.reminders?.stop();
      await relay.stop();
      await transport.close();
    },
  };
}
