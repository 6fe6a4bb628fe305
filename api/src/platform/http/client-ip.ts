import type { Context } from 'hono';
import type { AppEnv } from './app-env';

/**
 * The caller's address as the socket saw it. Behind a reverse proxy this is the proxy; a
 * trusted-proxy setting that reads X-Forwarded-For is for when one is deployed.
 */
export function clientIp(c: Context<AppEnv>): string | null {
  return c.env?.incoming?.socket.remoteAddress ?? null;
}

/** The bearer token of the Authorization header, if any. */
export function bearerToken(c: Context): string | null {
  const header = c.req.header('authorization');
  const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  return match?.[1] ?? null;
}
