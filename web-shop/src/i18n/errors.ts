import { ApiError } from '@prichal/sdk';
import type { TFunction } from 'i18next';

/** Problem codes the API (or the SDK) returns that have their own message. */
export const KNOWN_CODES = [
  'event_not_found',
  'validation_failed',
  'route_not_found',
  'service_unavailable',
  'internal_error',
  'unexpected_response',
  'event_cancelled',
  'event_departed',
  'seats_taken',
  'sold_out',
  'not_enough_places',
  'no_seats_available',
  'seat_limit_exceeded',
  'general_admission_only',
  'assigned_seating_only',
  'hold_not_found',
  'seats_not_held',
  'supplier_refused',
  'supplier_unavailable',
  'supplier_timeout',
  'mixed_sailings',
  'price_not_available',
  'idempotency_key_reused',
  'promo_code_invalid',
  'promo_code_expired',
  'promo_code_not_yet_valid',
  'promo_code_not_applicable',
  'promo_code_exhausted',
  'promo_code_limit_reached',
  'order_not_found',
  'order_access_denied',
  'order_not_payable',
  'payment_window_closed',
  'payments_not_configured',
  'payment_gateway_error',
  'payment_gateway_unavailable',
  'invalid_credentials',
  'email_already_registered',
  'email_already_verified',
  'password_too_weak',
  'current_password_incorrect',
  'verification_token_invalid',
  'reset_token_invalid',
  'email_change_token_invalid',
  'too_many_requests',
  'authentication_required',
  'invalid_access_token',
  'invalid_refresh_token',
  'refund_window_closed',
  'order_not_refundable',
  'tickets_not_refundable',
  'document_not_found',
  'order_not_paid',
  'ticket_not_found',
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

/** The problem's `params` a message can interpolate (numbers and strings), e.g. `{ remaining: 2 }`. */
export function problemValues(error: unknown): Record<string, string | number> {
  const params = error instanceof ApiError ? error.problem.params : undefined;
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params ?? {})) {
    if (typeof value === 'number' || typeof value === 'string') values[name] = value;
  }
  return values;
}

/** The error in the user's language, with the problem's numbers (e.g. how many places remain). */
export function errorText(t: TFunction, error: unknown): string {
  return t(errorKey(error), problemValues(error));
}

/** Whether the error is this problem code. */
export function hasCode(error: unknown, code: string): boolean {
  return error instanceof ApiError && error.problem.code === code;
}
