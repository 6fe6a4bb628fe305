import { OpenAPIHono } from '@hono/zod-openapi';
import type { ZodError } from 'zod';
import type { AppEnv } from './app-env';
import { CommonErrors, type FieldProblem } from '../errors/app-error';

const TARGET_PREFIX: Record<string, string> = {
  json: 'body',
  form: 'body',
  query: 'query',
  param: 'path',
  header: 'header',
  cookie: 'cookie',
};

/** Field problems from a zod error, each path prefixed with where the value came from. */
export function fieldProblems(error: ZodError, target: string): FieldProblem[] {
  const prefix = TARGET_PREFIX[target] ?? target;
  return error.issues.map((issue) => ({
    path: [prefix, ...issue.path.map(String)].join('.'),
    message: issue.message,
  }));
}

/**
 * A router whose validation failures become 400 problems naming the fields. Throwing (rather
 * than returning a response) lets the root `onError` render every problem the same way.
 *
 * @example
 * export const catalogRouter = createRouter().openapi(listEventsRoute, listEvents);
 */
export function createRouter(): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) throw CommonErrors.validation(fieldProblems(result.error, result.target));
    },
  });
}
