import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from './app-env';
import { CommonErrors } from '../errors/app-error';
import { fieldProblems } from '../errors/field-problems';

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
