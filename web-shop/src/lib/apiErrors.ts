import { ApiError } from '@prichal/sdk';

/**
 * Whether asking again may succeed: network failures, 5xx, timeouts and rate limits may pass;
 * any other 4xx problem will not.
 */
export function isTransientError(error: unknown): boolean {
  if (!(error instanceof ApiError)) return true;
  return error.status >= 500 || error.status === 408 || error.status === 429;
}
