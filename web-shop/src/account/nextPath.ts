/** Where a signed-in customer lands when nothing else was asked for. */
export const ACCOUNT_HOME = '/account/orders';

/**
 * The `next` of a login link when it is a path of this shop; anything else (another origin,
 * `//evil.example`, `/\evil`) falls back, so a crafted link cannot send the customer away.
 */
export function safeNextPath(value: string | null | undefined, fallback = ACCOUNT_HOME): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback;
  return value;
}

/** The login page's address that brings the customer back to `path` afterwards. */
export function loginPath(path: string): string {
  return `/account/login?next=${encodeURIComponent(path)}`;
}
