import { randomBytes, randomUUID } from 'node:crypto';
import amqp from 'amqplib';
import { startTestApp, type TestApp } from '../../test/test-app';
import { createLogger } from '../logger';
import { InProcessTransport, redeliverUnfinished } from './in-process-transport';
import { handleOnce, type ExternalJobHandler, type Job, type JobHandler, type JobTransport, type TransactionalJobHandler } from './jobs';
import { createDataSource } from '../db/data-source';
import { listDeadJobs, OutboxRelay, replayDeadJob } from './outbox-relay';
import { RabbitMqTransport } from './rabbitmq-transport';

/**
 * The transactional outbox: rows written with a business change reach their consumer exactly
 * once in effect — after crashes, redeliveries and failures — through RabbitMQ or in-process.
 */
const AMQP_URL = process.env.AMQP_URL ?? 'amqp://guest:guest@127.0.0.1:5672';
const logger = createLogger('silent');
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  await t.db.query('CREATE TABLE job_effect (job_id uuid NOT NULL, note text)');
});
afterAll(() => t.close());

const until = async (check: () => Promise<boolean>, timeoutMs = 5_000) => {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error('condition not reached in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
};
const effects = async (jobId: string) => ((await t.db.query('SELECT count(*)::int AS n FROM job_effect WHERE job_id = $1', [jobId]))[0].n as number);
/** A handler whose effect is a row, written in the job's transaction. */
const recording: TransactionalJobHandler = async (job, tx) => {
  await tx.query('INSERT INTO job_effect (job_id) VALUES ($1)', [job.id]);
};
async function enqueue(topic: string, commit = true): Promise<string> {
  const id = randomUUID();
  await t.db.transaction(async (tx) => {
    await tx.query('INSERT INTO outbox (id, topic, payload) VALUES ($1, $2, $3)', [id, topic, { hello: 'world' }]);
    if (!commit) throw new Error('rolled back');
  }).catch(() => undefined);
  return id;
}

function suite(name: string, makeTransport: () => Promise<JobTransport | null>, cleanUp?: (topics: string[]) => Promise<void>) {
  describe(name, () => {
    let transport: JobTransport | null;
    let relay: OutboxRelay;
    const topic = `test.${randomBytes(4).toString('hex')}`;
    const failing = `${topic}.failing`;
    let failuresLeft = 0;
    beforeAll(async () => {
      transport = await makeTransport();
      if (!transport) return;
      const handlers = new Map<string, JobHandler>([
        [topic, recording],
        [failing, async (job: Job, tx) => {
          if (failuresLeft > 0) {
            failuresLeft -= 1;
            throw new Error('mail server down');
          }
          await recording(job, tx);
        }],
      ]);
      await transport.consume(handlers, 'test-consumer');
      relay = new OutboxRelay(t.db, transport, [topic, failing], logger);
    });
    afterAll(async () => {
      await transport?.close();
      if (transport) await cleanUp?.([topic, failing]);
    });

    it('delivers committed rows once and never rolled-back ones', async () => {
      if (!transport) return;
      const sent = await enqueue(topic);
      const dropped = await enqueue(topic, false);
      await relay.relayOnce();
      await until(async () => (await effects(sent)) === 1);
      expect(await effects(dropped)).toBe(0);
      const [row] = await t.db.query('SELECT published_at FROM outbox WHERE id = $1', [sent]);
      expect(row.published_at).not.toBeNull();
      expect(await relay.relayOnce()).toBe(0);
    });

    it('has the effect of one delivery when a message arrives twice (a worker killed before its ack)', async () => {
      if (!transport) return;
      const id = await enqueue(topic);
      await relay.relayOnce();
      await transport.publish({ id, topic, payload: { hello: 'again' } });
      await until(async () => (await effects(id)) === 1);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(await effects(id)).toBe(1);
    });

    it('retries a failing job, then marks it dead; a replay delivers it', async () => {
      if (!transport) return;
      failuresLeft = 1;
      const retried = await enqueue(failing);
      await relay.relayOnce();
      await until(async () => (await effects(retried)) === 1);

      failuresLeft = 100;
      const doomed = await enqueue(failing);
      await relay.relayOnce();
      await until(async () => (await listDeadJobs(t.db)).some((job) => job.id === doomed));
      expect(await effects(doomed)).toBe(0);
      failuresLeft = 0;
      expect(await replayDeadJob(t.db, doomed)).toBe(true);
      await relay.relayOnce();
      await until(async () => (await effects(doomed)) === 1);
    });
  });
}

suite('in-process', async () => new InProcessTransport(t.db, { maxAttempts: 3, retryBaseMs: 20 }, logger));

const rabbitPrefix = `test-${randomBytes(4).toString('hex')}.`;
suite('RabbitMQ', async () => {
  const reachable = await amqp.connect(AMQP_URL).then(async (c) => (await c.close(), true), () => false);
  if (!reachable) {
    if (process.env.AMQP_URL) throw new Error(`AMQP_URL is set but RabbitMQ at ${AMQP_URL} is not reachable`);
    console.warn('RabbitMQ is not reachable and AMQP_URL is unset: the RabbitMQ outbox tests are skipped');
    return null;
  }
  return RabbitMqTransport.connect(AMQP_URL, t.db, { maxAttempts: 3, retryBaseMs: 20, prefix: rabbitPrefix }, logger);
}, async (topics) => {
  // The broker outlives the test: remove what this run declared.
  const connection = await amqp.connect(AMQP_URL);
  const channel = await connection.createChannel();
  for (const topic of topics) await channel.deleteQueue(`${rabbitPrefix}prichal.jobs.test-consumer.${topic}`);
  await channel.deleteQueue(`${rabbitPrefix}prichal.jobs.dead`);
  await channel.deleteExchange(`${rabbitPrefix}prichal.jobs`);
  await channel.deleteExchange(`${rabbitPrefix}prichal.jobs.dlx`);
  await connection.close();
});

it('sends again, at start, what an in-process consumer was given but never finished', async () => {
  const id = await enqueue('test.crash');
  await t.db.query('UPDATE outbox SET published_at = now() WHERE id = $1', [id]);
  expect(await redeliverUnfinished(t.db, 'app', ['test.crash'])).toBe(1);
  const [row] = await t.db.query('SELECT published_at FROM outbox WHERE id = $1', [id]);
  expect(row.published_at).toBeNull();
});

it('runs an external handler with no transaction open, marks it processed only once it succeeded, and never again', async () => {
  // One connection, as the embedded database has: a transaction held around the handler would starve it.
  const single = createDataSource({ url: t.database.url, poolSize: 1 });
  await single.initialize();
  try {
    const id = await enqueue('test.external');
    const job: Job = { id, topic: 'test.external', payload: {}, attempt: 1 };
    let runs = 0;
    let failing = true;
    const handler: ExternalJobHandler = {
      async outsideTransaction() {
        runs += 1;
        await single.query('SELECT 1');
        if (failing) throw new Error('smtp down');
      },
    };
    await expect(handleOnce(single, 'test-consumer', job, handler)).rejects.toThrow('smtp down');
    failing = false;
    expect(await handleOnce(single, 'test-consumer', { ...job, attempt: 2 }, handler)).toBe(true);
    expect(await handleOnce(single, 'test-consumer', { ...job, attempt: 3 }, handler)).toBe(false);
    expect(runs).toBe(2);
  } finally {
    await single.destroy();
  }
});
