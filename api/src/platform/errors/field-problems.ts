import type { ZodError } from 'zod';
import type { FieldProblem } from './app-error';

/** The part of the request each Hono validation target reads, as the problem's path names it. */
const TARGET_PREFIX: Record<string, string> = {
  json: 'body',
  form: 'body',
  query: 'query',
  param: 'path',
  header: 'header',
  cookie: 'cookie',
};

/**
 * Field problems from a zod error, each path prefixed with where the value came from. Lives
 * with the errors rather than the router so that services validating input themselves
 * (the requisites) report fields the same way without depending on HTTP.
 *
 * @example
 * if (!parsed.success) throw CommonErrors.validation(fieldProblems(parsed.error, 'json')); // body.inn …
 */
export function fieldProblems(error: ZodError, target: string): FieldProblem[] {
  const prefix = TARGET_PREFIX[target] ?? target;
  return error.issues.map((issue) => ({
    path: [prefix, ...issue.path.map(String)].join('.'),
    message: issue.message,
  }));
}
