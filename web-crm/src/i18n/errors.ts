import { ApiError } from '@prichal/sdk';

/** Problem codes the API (or the SDK) returns that have their own message. */
export const KNOWN_CODES = [
  'event_not_found',
  'validation_failed',
  'route_not_found',
  'service_unavailable',
  'internal_error',
  'unexpected_response',
  'authentication_required',
  'invalid_credentials',
  'invalid_refresh_token',
  'too_many_login_attempts',
  'permission_denied',
  'password_change_required',
  'staff_user_not_found',
  'staff_email_taken',
  'administrator_only',
  'permission_escalation',
  'cannot_change_own_access',
  'last_administrator',
  'order_not_found',
  'illegal_order_transition',
  'order_not_cancellable',
  'order_status_not_settable',
  'payment_not_applied',
  'nothing_to_resend',
  'no_documents',
  'refund_window_closed',
  'order_not_refundable',
  'tickets_not_refundable',
  'idempotency_key_reused',
  'payment_gateway_error',
  'payment_gateway_unavailable',
  'seats_taken',
  'sold_out',
  'not_enough_places',
  'price_not_available',
  'event_cancelled',
  'event_departed',
  'seat_limit_exceeded',
  'layout_drops_taken_seats',
  'vessel_not_assigned_seating',
  'capacity_below_sold',
  'sailing_has_sales',
  'sailing_cancelled',
  'sailing_departed',
  'vat_rate_is_default',
  'template_placeholder_unknown',
  'template_placeholder_missing',
  'template_placeholder_malformed',
] as const;
export type KnownCode = (typeof KNOWN_CODES)[number];

function isKnownCode(code: string): code is KnownCode {
  return (KNOWN_CODES as readonly string[]).includes(code);
}

/**
 * Families of codes the catalog forms per entity (`berth_in_use`, `route_not_found`,
 * `ticket_type_code_taken`): one message each, whatever the entity.
 */
const FAMILIES = [
  [/_in_use$/, 'errors.inUse'],
  [/_not_found$/, 'errors.notFound'],
  [/_code_taken$/, 'errors.codeTaken'],
] as const;

/** Every key errorKey() can return besides the per-code ones (for the locale test). */
export const FALLBACK_KEYS = ['errors.generic', 'errors.network', ...FAMILIES.map(([, key]) => key)] as const;

export type ErrorKey = 'errors.generic' | 'errors.network' | (typeof FAMILIES)[number][1] | `errors.codes.${KnownCode}`;

/** The translation key for an error: by the problem's stable `code`, with a generic fallback. */
export function errorKey(error: unknown): ErrorKey {
  if (error instanceof ApiError) {
    const code = error.problem.code;
    if (isKnownCode(code)) return `errors.codes.${code}`;
    return FAMILIES.find(([pattern]) => pattern.test(code))?.[1] ?? 'errors.generic';
  }
  // fetch rejects with a TypeError when the server cannot be reached at all.
  if (error instanceof TypeError) return 'errors.network';
  return 'errors.generic';
}

/** The problem's params for interpolation (`{{retryAfterSeconds}}`, `{{permission}}`, …). */
export function errorParams(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError) || !error.problem.params) return {};
  return Object.fromEntries(
    Object.entries(error.problem.params).map(([key, value]) => [key, Array.isArray(value) ? value.join(', ') : String(value)]),
  );
}

/** The request fields a 400 named (`body.email` → `email`). */
export function errorFields(error: unknown): string[] {
  if (!(error instanceof ApiError) || !error.problem.errors) return [];
  return error.problem.errors.map((e) => e.path.replace(/^(body|query|params|path)\./, ''));
}

/**
 * The request fields a problem named, each with the API's own (English, technical) message:
 * `{ inn: 'must be a valid ИНН …' }`. Forms turn these into texts in the user's language. A
 * field named twice keeps its first problem, the basic one (a malformed account number before
 * its check against the БИК).
 */
export function errorFieldMessages(error: unknown): Record<string, string> {
  const messages: Record<string, string> = {};
  if (!(error instanceof ApiError) || !error.problem.errors) return messages;
  for (const { path, message } of error.problem.errors) messages[path.replace(/^(body|query|params|path)\./, '')] ??= message;
  return messages;
}
