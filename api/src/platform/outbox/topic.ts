import type { z } from 'zod';

/**
 * A kind of outbox message: its name (the RabbitMQ routing key and the `outbox.topic` column)
 * and the schema its payload must match. The module that consumes a topic declares it in its
 * `<module>.events.ts`; writers import it from there, so a writer and its consumer cannot
 * disagree on the shape.
 */
export interface OutboxTopic<Payload extends Record<string, unknown> = Record<string, unknown>> {
  readonly name: string;
  readonly payload: z.ZodType<Payload>;
}

/** Declares a topic; `name` must be unique across modules (the topic list test checks it). */
export function defineTopic<Payload extends Record<string, unknown>>(name: string, payload: z.ZodType<Payload>): OutboxTopic<Payload> {
  return { name, payload };
}

/** The payload a topic carries. */
export type PayloadOf<T> = T extends OutboxTopic<infer Payload> ? Payload : never;
