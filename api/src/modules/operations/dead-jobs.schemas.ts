import { z } from '@hono/zod-openapi';

const Timestamp = z.string().openapi({ format: 'date-time' });

export const DeadJobSchema = z
  .object({
    id: z.uuid(),
    topic: z.string().openapi({ example: 'notification.order_confirmation' }),
    orderId: z.uuid().nullable().openapi({ description: 'The order it is about, when it names one' }),
    lastError: z.string().nullable(),
    createdAt: Timestamp,
    deadAt: Timestamp,
  })
  .openapi('DeadJob');

export const DeadJobListSchema = z.object({ items: z.array(DeadJobSchema) }).openapi('DeadJobList');

export const JobParams = z.object({
  jobId: z.uuid({ message: 'must be a job id' }).openapi({ param: { name: 'jobId', in: 'path' } }),
});

export const ReplayedJobSchema = z
  .object({ id: z.uuid(), topic: z.string(), replayed: z.literal(true) })
  .openapi('ReplayedJob', { description: 'The job is queued again; the workers take it on their next pass' });
