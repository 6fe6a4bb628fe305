import type { Queryable } from '../db/sql-client';
import type { OutboxTopic } from './topic';

/** A payload that does not match its topic's schema: a bug in the writer, refused before it is stored. */
export class OutboxPayloadRejected extends Error {
  override readonly name = 'OutboxPayloadRejected';
}

/** One message to enqueue: a topic and a payload it accepts. */
export interface OutboxMessage {
  topic: OutboxTopic;
  payload: Record<string, unknown>;
}

/** Pairs a topic with its payload, checked by the compiler; `enqueueAll` checks it again at run time. */
export function outboxMessage<Payload extends Record<string, unknown>>(topic: OutboxTopic<Payload>, payload: Payload): OutboxMessage {
  return { topic: topic as unknown as OutboxTopic, payload };
}

function validated({ topic, payload }: OutboxMessage): Record<string, unknown> {
  const parsed = topic.payload.safeParse(payload);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(payload)'} ${issue.message}`).join('; ');
    throw new OutboxPayloadRejected(`outbox payload for ${topic.name} refused: ${problems}`);
  }
  return parsed.data;
}

/**
 * Writes messages to the outbox in the writer's transaction, so they go out if and only if
 * the writer's work commits. Every payload is checked against its topic first: one that does
 * not match throws before anything is written, and the caller's transaction rolls back with
 * it. All rows go in one statement.
 *
 * @example
 * await enqueueAll(tx, [outboxMessage(ORDER_CONFIRMATION, { orderId }), outboxMessage(ORDER_PAID_DOCUMENTS, { orderId })]);
 */
export async function enqueueAll(tx: Queryable, messages: OutboxMessage[]): Promise<void> {
  if (messages.length === 0) return;
  const values: unknown[] = [];
  const rows = messages.map((message) => {
    values.push(message.topic.name, validated(message));
    return `($${values.length - 1}, $${values.length})`;
  });
  await tx.query(`INSERT INTO outbox (topic, payload) VALUES ${rows.join(', ')}`, values);
}

/**
 * Writes one message to the outbox in the writer's transaction (see `enqueueAll`).
 *
 * @example
 * await enqueue(tx, RESEND, { orderId, what: 'tickets' });
 */
export function enqueue<Payload extends Record<string, unknown>>(tx: Queryable, topic: OutboxTopic<Payload>, payload: Payload): Promise<void> {
  return enqueueAll(tx, [outboxMessage(topic, payload)]);
}
