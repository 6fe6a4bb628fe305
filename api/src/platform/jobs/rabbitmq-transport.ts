import amqp, { type Channel, type ChannelModel, type ConfirmChannel, type ConsumeMessage } from 'amqplib';
import type { DataSource } from 'typeorm';
import type { Logger } from '../logger';
import { DEFAULT_JOB_CONCURRENCY, handleOnce, retryDelayMs, type Job, type JobHandler, type JobTransport } from './jobs';
import { markJobDead } from './outbox-relay';

const EXCHANGE = 'prichal.jobs';
const DEAD_EXCHANGE = 'prichal.jobs.dlx';
const DEAD_QUEUE = 'prichal.jobs.dead';

/**
 * Jobs through RabbitMQ: a durable topic exchange, persistent messages published on a confirm
 * channel, one durable queue per consumer and topic, manual acks after the handler's
 * transaction commits. A failed job is sent again to its queue after a back-off; after the
 * last attempt it is dead-lettered, and a small consumer of the dead-letter queue marks its
 * outbox row dead, where the CRM lists and replays it.
 */
export class RabbitMqTransport implements JobTransport {
  private constructor(
    private readonly connection: ChannelModel,
    private readonly publisher: ConfirmChannel,
    private readonly db: DataSource,
    private readonly settings: { maxAttempts: number; retryBaseMs: number; prefix: string; concurrency?: number },
    private readonly logger: Logger,
  ) {}

  private consumerChannel: Channel | undefined;
  private readonly timers = new Set<NodeJS.Timeout>();

  static async connect(
    url: string,
    db: DataSource,
    settings: { maxAttempts: number; retryBaseMs: number; prefix?: string; concurrency?: number },
    logger: Logger,
  ): Promise<RabbitMqTransport> {
    const connection = await amqp.connect(url);
    connection.on('error', (error) => logger.warn({ err: error }, 'rabbitmq connection error'));
    const publisher = await connection.createConfirmChannel();
    const prefix = settings.prefix ?? '';
    await publisher.assertExchange(prefix + EXCHANGE, 'topic', { durable: true });
    await publisher.assertExchange(prefix + DEAD_EXCHANGE, 'fanout', { durable: true });
    await publisher.assertQueue(prefix + DEAD_QUEUE, { durable: true });
    await publisher.bindQueue(prefix + DEAD_QUEUE, prefix + DEAD_EXCHANGE, '');
    return new RabbitMqTransport(connection, publisher, db, { ...settings, prefix }, logger);
  }

  async publish(job: Omit<Job, 'attempt'>): Promise<void> {
    this.publisher.publish(this.settings.prefix + EXCHANGE, job.topic, Buffer.from(JSON.stringify(job.payload)), {
      persistent: true,
      messageId: job.id,
      type: job.topic,
      contentType: 'application/json',
      headers: { 'x-attempt': 1 },
    });
    await this.publisher.waitForConfirms();
  }

  async consume(handlers: Map<string, JobHandler>, consumer: string): Promise<void> {
    const channel = await this.connection.createChannel();
    this.consumerChannel = channel;
    // Unacked deliveries across all of this channel's queues (global), i.e. jobs running at once.
    await channel.prefetch(this.settings.concurrency ?? DEFAULT_JOB_CONCURRENCY, true);
    for (const [topic, handler] of handlers) {
      const queue = `${this.settings.prefix}${EXCHANGE}.${consumer}.${topic}`;
      await channel.assertQueue(queue, { durable: true, deadLetterExchange: this.settings.prefix + DEAD_EXCHANGE });
      await channel.bindQueue(queue, this.settings.prefix + EXCHANGE, topic);
      await channel.consume(queue, (message) => {
        if (message) void this.deliver(channel, queue, consumer, message, handler);
      });
    }
    await channel.consume(this.settings.prefix + DEAD_QUEUE, (message) => {
      if (message) void this.bury(channel, message);
    });
  }

  async close(): Promise<void> {
    this.timers.forEach((timer) => clearTimeout(timer));
    await this.consumerChannel?.close().catch(() => undefined);
    await this.publisher.close().catch(() => undefined);
    await this.connection.close().catch(() => undefined);
  }

  private async deliver(channel: Channel, queue: string, consumer: string, message: ConsumeMessage, handler: JobHandler): Promise<void> {
    const attempt = Number(message.properties.headers?.['x-attempt'] ?? 1);
    const job: Job = {
      id: String(message.properties.messageId),
      topic: String(message.properties.type),
      payload: JSON.parse(message.content.toString('utf8')) as Record<string, unknown>,
      attempt,
    };
    try {
      await handleOnce(this.db, consumer, job, handler);
      channel.ack(message);
    } catch (error) {
      if (attempt >= this.settings.maxAttempts) {
        // Dead-lettered with the reason; the dead-letter consumer records it.
        this.logger.error({ jobId: job.id, topic: job.topic, err: error }, 'job failed for good');
        channel.nack(message, false, false);
        return;
      }
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        try {
          this.publisher.sendToQueue(queue, message.content, { ...message.properties, headers: { ...message.properties.headers, 'x-attempt': attempt + 1 } });
        } catch (closed) {
          // The channel went away (shutdown, broker restart): the message is still unacked, so
          // RabbitMQ hands it out again once this consumer's channel is gone.
          this.logger.warn({ jobId: job.id, err: closed }, 'could not schedule the retry; the broker will redeliver');
          return;
        }
        void this.publisher.waitForConfirms().then(() => channel.ack(message), () => channel.nack(message, false, true));
      }, retryDelayMs(attempt, this.settings.retryBaseMs));
      this.timers.add(timer);
    }
  }

  private async bury(channel: Channel, message: ConsumeMessage): Promise<void> {
    try {
      await markJobDead(this.db, String(message.properties.messageId), 'failed after the last attempt');
      channel.ack(message);
    } catch {
      channel.nack(message, false, true);
    }
  }
}
