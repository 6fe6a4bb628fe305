import { ApiError } from '@prichal/sdk';

/** Problem codes the API (or the SDK) returns that have their own message. */
const KNOWN_CODES = [
  'event_not_found',
  'validation_failed',
  'route_not_found',
  'service_unavailable',
  'internal_error',
  'unexpected_response',
] as const;
type KnownCode = (typeof KNOWN_CODES)[number];

function isKnownCode(code: string): code is KnownCode {
  return (KNOWN_CODES as readonly string[]).includes(code);
}

export type ErrorKey = 'errors.generic' | 'errors.network' | `errors.codes.${KnownCode}`;

/** The translation key for an error: by the problem's stable `code`, with a generic fallback. */
export function errorKey(error: unknown): ErrorKey {
  if (error instanceof ApiError) {
    return isKnownCode(error.problem.code) ? `errors.codes.${error.problem.code}` : 'errors.generic';
  }
  // fetch rejects with a TypeError when the server cannot be reached at all.
  if (error instanceof TypeError) return 'errors.network';
  return 'errors.generic';
}

