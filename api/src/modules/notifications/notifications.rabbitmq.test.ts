import { randomBytes } from 'node:crypto';
import amqp, { type ConsumeMessage } from 'amqplib';
import { createLogger } from '../../platform/logger';
import { handleOnce, type ExternalJobHandler, type Job } from '../../platform/jobs/jobs';
import { OutboxRelay } from '../../platform/jobs/outbox-relay';
import { RabbitMqTransport } from '../../platform/jobs/rabbitmq-transport';
import { startTestApp, type TestApp } from '../../test/test-app';
import { startSmtpReceiver, type SmtpReceiver } from '../../test/smtp-receiver';
import { enqueue, paidOrder, pause, recordingAttachments, recordsFor, until } from '../../test/notifications-factory';
import { jobHandlers, startWorkers, WORKER_CONSUMER, type Workers } from '../../workers';

/**
 * Through real RabbitMQ: a worker that dies after receiving a job and before acknowledging it
 * leaves the job to be redelivered, and the customer still gets exactly one email.
 */
const AMQP_URL = process.env.AMQP_URL ?? 'amqp://guest:guest@127.0.0.1:5672';
const prefix = `test-${randomBytes(4).toString('hex')}.`;
const queueOf = (topic: string) => `${prefix}prichal.jobs.${WORKER_CONSUMER}.${topic}`;
const logger = createLogger('silent');
const settings = { AMQP_URL, JOB_MAX_ATTEMPTS: 3, JOB_CONCURRENCY: 2, JOB_RETRY_BASE_MS: 50, OUTBOX_RELAY_INTERVAL_MS: 50, REMINDER_INTERVAL_MS: 60_000 };

let t: TestApp;
let smtp: SmtpReceiver;
let publisher: RabbitMqTransport;
let workers: Workers | undefined;
let reachable = false;
beforeAll(async () => {
  reachable = await amqp.connect(AMQP_URL).then(async (c) => (await c.close(), true), () => false);
  if (!reachable) {
    if (process.env.AMQP_URL) throw new Error(`AMQP_URL is set but RabbitMQ at ${AMQP_URL} is not reachable`);
    console.warn('RabbitMQ is not reachable and AMQP_URL is unset: the RabbitMQ notification test is skipped');
    return;
  }
  smtp = await startSmtpReceiver();
  t = await startTestApp({ env: { SMTP_URL: smtp.url }, attachments: recordingAttachments() });
  publisher = await RabbitMqTransport.connect(AMQP_URL, t.db, { maxAttempts: 3, retryBaseMs: 50, prefix }, logger);
});
afterAll(async () => {
  if (!reachable) return;
  await workers?.close();
  await publisher?.close();
  await t?.close();
  await smtp?.close();
  // The broker outlives the test: remove what this run declared.
  const connection = await amqp.connect(AMQP_URL);
  const channel = await connection.createChannel();
  for (const topic of jobHandlers(t.services).keys()) await channel.deleteQueue(queueOf(topic));
  await channel.deleteQueue(`${prefix}prichal.jobs.dead`);
  await channel.deleteExchange(`${prefix}prichal.jobs`);
  await channel.deleteExchange(`${prefix}prichal.jobs.dlx`);
  await connection.close();
});
const mailsTo = (email: string) => smtp.mails.filter((m) => m.to && !Array.isArray(m.to) && m.to.value[0]?.address === email);

/**
 * A worker that takes one job from `topic`'s queue, does `work` with it and dies without
 * acknowledging it: its connection closes, and RabbitMQ puts the job back.
 */
async function workerDyingBeforeAck(topic: string, work: (job: Job) => Promise<void>): Promise<void> {
  const connection = await amqp.connect(AMQP_URL);
  const channel = await connection.createChannel();
  await channel.assertExchange(`${prefix}prichal.jobs`, 'topic', { durable: true });
  await channel.assertQueue(queueOf(topic), { durable: true, deadLetterExchange: `${prefix}prichal.jobs.dlx` });
  await channel.bindQueue(queueOf(topic), `${prefix}prichal.jobs`, topic);
  await channel.prefetch(1);
  const received = new Promise<ConsumeMessage>((resolve) => {
    void channel.consume(queueOf(topic), (message) => {
      if (message) resolve(message);
    });
  });
  // The queue exists now: relay the waiting outbox rows to it.
  await new OutboxRelay(t.db, publisher, [topic], logger).relayOnce();
  const message = await received;
  await work({
    id: String(message.properties.messageId),
    topic,
    payload: JSON.parse(message.content.toString('utf8')) as Record<string, unknown>,
    attempt: 1,
  });
  await connection.close();
}

async function readyMessages(topic: string): Promise<number> {
  const connection = await amqp.connect(AMQP_URL);
  try {
    return (await (await connection.createChannel()).checkQueue(queueOf(topic))).messageCount;
  } finally {
    await connection.close();
  }
}

it('sends exactly one email when a worker dies between receiving a job and acknowledging it', async () => {
  if (!reachable) return;
  const handlers = jobHandlers(t.services);
  const { order } = await paidOrder(t, { locale: 'en' });

  // Killed after the job was done and recorded, before the ack.
  await workerDyingBeforeAck('notification.order_confirmation', async (job) => {
    expect(await handleOnce(t.db, WORKER_CONSUMER, job, handlers.get('notification.order_confirmation')!)).toBe(true);
  });
  // Killed in the middle: the email went out, the job was never marked done.
  await enqueue(t, 'notification.reminder_24h', { orderId: order.id });
  await workerDyingBeforeAck('notification.reminder_24h', async (job) => {
    await (handlers.get('notification.reminder_24h') as ExternalJobHandler).outsideTransaction(job);
  });
  expect(mailsTo(order.customer.email).map((m) => m.subject)).toEqual([`Order ${order.number} is paid: White Nights`, expect.stringMatching(/^Reminder: White Nights/)]);
  expect(await readyMessages('notification.order_confirmation')).toBe(1);
  expect(await readyMessages('notification.reminder_24h')).toBe(1);

  // A healthy worker gets both jobs again, acknowledges them and sends nothing twice.
  workers = await startWorkers({ db: t.db, logger, config: settings, handlers, queuePrefix: prefix });
  await until(async () => (await readyMessages('notification.order_confirmation')) === 0 && (await readyMessages('notification.reminder_24h')) === 0, 10_000, 'redelivered jobs acknowledged');
  await pause(300);
  expect(mailsTo(order.customer.email)).toHaveLength(2);
  const records = await recordsFor(t, order.id);
  expect(records.map((r) => [r.type, r.channel, r.status, r.attempts])).toEqual([
    ['order_confirmation', 'email', 'sent', 1],
    ['reminder_24h', 'email', 'sent', 1],
  ]);

  // And the next order goes through RabbitMQ end to end.
  const next = await paidOrder(t, { locale: 'ru' });
  await until(() => mailsTo(next.order.customer.email).length === 1, 10_000, 'mail through RabbitMQ');
  await pause(300);
  expect(mailsTo(next.order.customer.email)).toHaveLength(1);
});
