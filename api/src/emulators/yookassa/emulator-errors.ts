import { randomUUID } from 'node:crypto';
import type { ApiErrorBody, ApiErrorCode } from '../../modules/payments/yookassa.types';

/**
 * An error the emulated API answers with, in YooKassa's documented body
 * `{type: "error", id, code, description?, parameter?}`. Thrown from anywhere in the emulator;
 * the API routes' error handler renders it.
 *
 * @example
 * throw new EmulatorApiError(400, 'invalid_request', 'Idempotence key duplicated', 'Idempotence-Key');
 */
export class EmulatorApiError extends Error {
  readonly body: ApiErrorBody;

  constructor(
    readonly status: number,
    code: ApiErrorCode,
    description?: string,
    parameter?: string,
  ) {
    super(description ?? code);
    this.name = 'EmulatorApiError';
    this.body = {
      type: 'error',
      id: randomUUID(),
      code,
      ...(description !== undefined ? { description } : {}),
      ...(parameter !== undefined ? { parameter } : {}),
    };
  }

  toResponse(): Response {
    return jsonResponse(this.body, this.status);
  }
}

/** A JSON response with any status; the emulator's bodies are plain data, not Hono-typed. */
export function jsonResponse(body: unknown, status: number): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8' } });
}

/** The errors more than one place raises. */
export const EmulatorErrors = {
  internal: () => new EmulatorApiError(500, 'internal_server_error', 'Internal server error. The result of the operation is unknown; repeat the request with the same Idempotence-Key'),
  tooManyRequests: () => new EmulatorApiError(429, 'too_many_requests', 'Too many requests. Slow down and repeat later'),
  invalidCredentials: () =>
    new EmulatorApiError(
      401,
      'invalid_credentials',
      "Basic authentication failed. Check the 'Authorization' header: Basic base64('shopId:secretKey')",
      'Authorization',
    ),
  notFound: (what: string) => new EmulatorApiError(404, 'not_found', `${what} not found`),
  invalid: (parameter: string, description: string) => new EmulatorApiError(400, 'invalid_request', description, parameter),
};
