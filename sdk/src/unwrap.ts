import type { components } from './schema.js';

type Problem = components['schemas']['Problem'];

/** A failed call, carrying the problem details the API returned (`code` is stable). */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail);
    this.name = 'ApiError';
    this.status = problem.status;
    this.problem = problem;
  }
}

function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null && 'code' in value && 'status' in value;
}

/**
 * The data of a call, or an `ApiError` thrown with its problem details — the shape React
 * Query expects from a query function.
 */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.data !== undefined) return result.data;
  if (isProblem(result.error)) throw new ApiError(result.error);
  throw new ApiError({
    type: 'about:blank',
    title: result.response.statusText || 'Error',
    status: result.response.status,
    detail: `Unexpected ${result.response.status} response`,
    code: 'unexpected_response',
  });
}

/**
 * Checks a call answered without a body (204, 202 without content): throws the problem
 * when it failed.
 *
 * @example
 * expectSuccess(await api.POST('/me/logout'));
 */
export function expectSuccess(result: { error?: unknown; response: Response }): void {
  if (!result.response.ok) unwrap({ ...result, data: undefined });
}
