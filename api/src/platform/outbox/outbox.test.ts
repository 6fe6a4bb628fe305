import { randomUUID } from 'node:crypto';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { startTestApp, type TestApp } from '../../test/test-app';
import { consumedTopics, jobHandlers, OUTBOX_TOPICS } from '../../workers';
import { ORDER_PAID_DOCUMENTS } from '../../modules/documents/documents.events';
import { RESEND, SAILING_CANCELLED } from '../../modules/notifications/notifications.events';
import { handleOnce } from '../jobs/jobs';
import { MalformedJob } from './consumers';
import { enqueue, enqueueAll, outboxMessage, OutboxPayloadRejected } from './enqueue';
import type { OutboxTopic } from './topic';

/**
 * The typed outbox: a message goes out only with a payload its topic accepts, in the writer's
 * transaction, and every declared topic is relayed to a consumer.
 */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  await t.db.query('CREATE TABLE writer_effect (note text NOT NULL)');
});
afterAll(() => t.close());

const outboxRows = async (topic: string) =>
  (await t.db.query('SELECT payload FROM outbox WHERE topic = $1 ORDER BY created_at, id', [topic])) as Array<{ payload: Record<string, unknown> }>;
const effects = async (note: string) => ((await t.db.query('SELECT count(*)::int AS n FROM writer_effect WHERE note = $1', [note]))[0].n as number);

describe('enqueue', () => {
  it('writes the message with its payload in the writer’s transaction', async () => {
    const orderId = randomUUID();
    await t.db.transaction(async (tx) => {
      await tx.query("INSERT INTO writer_effect (note) VALUES ('resend asked')");
      await enqueue(tx, RESEND, { orderId, what: 'tickets' });
    });
    const rows = await outboxRows(RESEND.name);
    expect(rows.map((r) => r.payload)).toContainEqual({ orderId, what: 'tickets' });
  });

  it('refuses a payload its topic does not accept, naming the field, and the writer’s work rolls back with it', async () => {
    const orderId = randomUUID();
    const before = (await outboxRows(RESEND.name)).length;
    const writing = t.db.transaction(async (tx) => {
      await tx.query("INSERT INTO writer_effect (note) VALUES ('refused resend')");
      // A writer that got the shape wrong: the compiler would catch this, a cast or `any` would not.
      await enqueue(tx, RESEND, { orderId, what: 'everything' } as never);
    });
    await expect(writing).rejects.toThrow(OutboxPayloadRejected);
    await expect(writing).rejects.toThrow(/notification\.resend.*what/);
    expect(await effects('refused resend')).toBe(0);
    expect((await outboxRows(RESEND.name)).length).toBe(before);
  });

  it('writes several messages together, or none when one of them is wrong', async () => {
    const orderId = randomUUID();
    await enqueueAll(t.db, [
      outboxMessage(ORDER_PAID_DOCUMENTS, { orderId }),
      outboxMessage(SAILING_CANCELLED, { orderId, eventId: randomUUID(), reason: 'шторм' }),
    ]);
    expect((await outboxRows(ORDER_PAID_DOCUMENTS.name)).map((r) => r.payload)).toContainEqual({ orderId });
    expect((await outboxRows(SAILING_CANCELLED.name)).some((r) => r.payload.orderId === orderId)).toBe(true);

    const other = randomUUID();
    await expect(
      enqueueAll(t.db, [
        outboxMessage(ORDER_PAID_DOCUMENTS, { orderId: other }),
        outboxMessage(SAILING_CANCELLED, { orderId: other, eventId: 'not-an-id', reason: 'шторм' }),
      ]),
    ).rejects.toThrow(/eventId/);
    expect((await outboxRows(ORDER_PAID_DOCUMENTS.name)).map((r) => r.payload)).not.toContainEqual({ orderId: other });
  });
});

describe('the topic list', () => {
  const isTopic = (value: unknown): value is OutboxTopic =>
    typeof value === 'object' && value !== null && typeof (value as OutboxTopic).name === 'string' && 'payload' in value;

  it('holds every topic a module declares in its events file, each name once', () => {
    const modulesDir = path.join(__dirname, '../../modules');
    const modules = readdirSync(modulesDir, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
    const declared = modules.flatMap((module) =>
      readdirSync(path.join(modulesDir, module))
        .filter((file) => file.endsWith('.events.ts'))
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        .flatMap((file) => Object.values(require(path.join(modulesDir, module, file)) as Record<string, unknown>).filter(isTopic)),
    );
    expect(declared.length).toBeGreaterThan(10);
    for (const topic of declared) expect(OUTBOX_TOPICS).toContain(topic);
    const names = OUTBOX_TOPICS.map((topic) => topic.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('has a consumer for every topic, and the workers relay exactly those', () => {
    const handlers = jobHandlers(t.services);
    expect(consumedTopics(handlers).sort()).toEqual(OUTBOX_TOPICS.map((topic) => topic.name).sort());
    expect([...handlers.keys()].sort()).toEqual(OUTBOX_TOPICS.map((topic) => topic.name).sort());
  });

  it('refuses to start a consumer of a topic nobody declared', () => {
    const handlers = new Map(jobHandlers(t.services));
    handlers.set('notification.typo', async () => undefined);
    expect(() => consumedTopics(handlers)).toThrow(/undeclared outbox topics: notification\.typo/);
  });

  it('gives a consumer only payloads its topic declares: a malformed job is refused', async () => {
    const handler = jobHandlers(t.services).get(ORDER_PAID_DOCUMENTS.name)!;
    const job = { id: randomUUID(), topic: ORDER_PAID_DOCUMENTS.name, payload: { order: 'x' }, attempt: 1 };
    await expect(handleOnce(t.db, 'outbox-test', job, handler)).rejects.toThrow(MalformedJob);
  });
});
