import { z } from '@hono/zod-openapi';
import { moscowDayStart } from '../time';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * A `from`/`to` query bound: an ISO date-time, or a bare date meaning that day in Moscow.
 *
 * @example
 * query: z.object({ dateFrom: periodBound('dateFrom', 'Created at or after') })
 */
export const periodBound = (name: string, description: string) =>
  z
    .string()
    .refine((value) => (ISO_DATE.test(value) || ISO_DATE_TIME.test(value)) && !Number.isNaN(Date.parse(value)), {
      message: 'must be a date (YYYY-MM-DD, a Moscow day) or an ISO 8601 date-time',
    })
    .optional()
    .openapi({ param: { name, in: 'query' }, description, example: '2026-06-01' });

/** A bound as an instant: a date-time as given; a bare date is the start of that Moscow day (`end` → of the next). */
export function periodInstant(value: string, end: boolean): Date {
  return ISO_DATE.test(value) ? moscowDayStart(value, end) : new Date(value);
}
