import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { Logger } from '../logger';
import type { AppEnv } from './app-env';
import { resolveClientIp, socketIp } from './client-ip';
import type { IpList } from './ip-list';

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * Gives each request an id (the caller's `X-Request-Id` when sane), the caller's address (see
 * resolveClientIp), a child logger carrying the id, and one structured log line when the
 * response is done.
 */
export function requestContext(options: { logger: Logger; trustedProxies?: IpList | undefined }): MiddlewareHandler<AppEnv> {
  return async function requestContextMiddleware(c, next) {
    const incoming = c.req.header('x-request-id');
    const requestId = incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    const logger = options.logger.child({ requestId });
    c.set('requestId', requestId);
    c.set('logger', logger);
    c.set('clientIp', resolveClientIp(socketIp(c), c.req.header('x-forwarded-for'), options.trustedProxies));
    const startedAt = performance.now();
    await next();
    c.header('X-Request-Id', requestId);
    const durationMs = Math.round((performance.now() - startedAt) * 10) / 10;
    logger.info(
      { method: c.req.method, path: c.req.path, status: c.res.status, durationMs },
      'request completed',
    );
  };
}
