import type { Context } from 'hono';
import type { AppEnv } from './app-env';
import { plainIp, type IpList } from './ip-list';

/**
 * The caller's address (request-context.ts works it out once per request): used for login
 * throttling, the audit trail and the webhook sender check.
 */
export function clientIp(c: Context<AppEnv>): string | null {
  return c.var.clientIp ?? socketIp(c);
}

export function socketIp(c: Context<AppEnv>): string | null {
  const address = c.env?.incoming?.socket.remoteAddress;
  return address ? plainIp(address) : null;
}

/**
 * Who is really calling. The socket's peer, unless that peer is one of our own reverse proxies
 * (TRUSTED_PROXIES): then X-Forwarded-For is read from the right — each proxy appends the
 * address it saw — and the first address that is not a trusted proxy is the client. Entries to
 * its left were written by the client itself and are never believed.
 *
 * @example
 * resolveClientIp('10.0.0.2', '203.0.113.9, 10.0.0.1', ipList(['10.0.0.0/8'])) // '203.0.113.9'
 */
export function resolveClientIp(socket: string | null, forwardedFor: string | undefined, trusted: IpList | undefined): string | null {
  if (!socket || !trusted?.has(socket) || !forwardedFor) return socket;
  const hops = forwardedFor.split(',').map((hop) => plainIp(hop.trim())).filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i -= 1) {
    if (!trusted.has(hops[i])) return hops[i]!;
  }
  return hops[0] ?? socket;
}

/** The bearer token of the Authorization header, if any. */
export function bearerToken(c: Context): string | null {
  const header = c.req.header('authorization');
  const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  return match?.[1] ?? null;
}
