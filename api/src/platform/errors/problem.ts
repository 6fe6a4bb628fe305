import { HTTPException } from 'hono/http-exception';
import { AppError, CommonErrors, type FieldProblem } from './app-error';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
const PROBLEM_TYPE_BASE = 'https://prichal.dev/problems/';

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
};

/** RFC 9457 problem details, as every error response of the API carries them. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  code: string;
  params?: Record<string, unknown>;
  errors?: FieldProblem[];
}

/**
 * Turns any thrown value into problem details. Unknown errors become a generic 500 whose
 * detail never leaks internals; the caller logs the original.
 */
export function toProblem(error: unknown, requestId?: string): ProblemDetails {
  const appError =
    error instanceof AppError
      ? error
      : error instanceof HTTPException
        ? fromHttpException(error)
        : new AppError('internal_error', 500, { detail: 'An unexpected error occurred.' });
  return {
    type: PROBLEM_TYPE_BASE + appError.code,
    title: TITLES[appError.status] ?? 'Error',
    status: appError.status,
    detail: appError.message,
    ...(requestId ? { instance: `urn:request:${requestId}` } : {}),
    code: appError.code,
    ...(appError.params ? { params: appError.params } : {}),
    ...(appError.errors ? { errors: appError.errors } : {}),
  };
}

/** A `Response` carrying problem details with the right content type. */
export function problemResponse(problem: ProblemDetails): Response {
  const headers: Record<string, string> = { 'content-type': PROBLEM_CONTENT_TYPE };
  // A 429 says when to come back, in the header clients and proxies understand.
  const retryAfter = problem.params?.retryAfterSeconds;
  if (problem.status === 429 && typeof retryAfter === 'number') headers['retry-after'] = String(retryAfter);
  return new Response(JSON.stringify(problem), { status: problem.status, headers });
}

/** Hono's own request errors (wrong content type, broken JSON), phrased like ours. */
function fromHttpException(error: HTTPException): AppError {
  if (error.status === 415) return CommonErrors.validation([{ path: 'header.content-type', message: 'must be application/json' }]);
  if (error.status === 400) return CommonErrors.validation([{ path: 'body', message: 'is not valid JSON' }]);
  return new AppError(`http_${error.status}`, error.status, { detail: error.message });
}
