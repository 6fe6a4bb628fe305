import { z } from '@hono/zod-openapi';
import { PROBLEM_CONTENT_TYPE } from '../errors/problem';

export const ProblemSchema = z
  .object({
    type: z.string().openapi({ example: 'https://prichal.dev/problems/event_not_found' }),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().optional(),
    code: z.string().openapi({ example: 'event_not_found' }),
    params: z.record(z.string(), z.unknown()).optional(),
    errors: z
      .array(z.object({ path: z.string(), message: z.string() }))
      .optional()
      .openapi({ description: 'Field problems of a 400 response' }),
  })
  .openapi('Problem', { description: 'RFC 9457 problem details' });

const DESCRIPTIONS: Record<number, string> = {
  400: 'Malformed request; `errors` names the fields',
  401: 'Authentication required',
  403: 'Not allowed',
  404: 'Not found',
  409: 'Conflict with the current state',
  422: 'A business rule rejected the request',
  429: 'Too many requests; the Retry-After header (and `params.retryAfterSeconds`) says when to try again',
  500: 'Unexpected error',
  502: 'An upstream service failed',
  503: 'A dependency is unavailable',
};

type ProblemStatus = 400 | 401 | 403 | 404 | 409 | 422 | 429 | 500 | 502 | 503;

/**
 * OpenAPI response entries for problem statuses; every route spreads these so the document
 * tells SDK users exactly which errors to expect. 500 is always included.
 *
 * @example
 * responses: { 200: {...}, ...problemResponses(400, 404) }
 */
export function problemResponses(...statuses: ProblemStatus[]) {
  const all = [...new Set<ProblemStatus>([...statuses, 500])];
  return Object.fromEntries(
    all.map((status) => [
      status,
      {
        description: DESCRIPTIONS[status] ?? 'Error',
        content: { [PROBLEM_CONTENT_TYPE]: { schema: ProblemSchema } },
      },
    ]),
  );
}
