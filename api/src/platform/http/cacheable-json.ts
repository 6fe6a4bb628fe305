import { createHash } from 'node:crypto';
import type { Context } from 'hono';

/**
 * A JSON response with a strong ETag, answering 304 when the client's If-None-Match still
 * matches. The body is serialized once and hashed with node:crypto (hono/etag re-reads a
 * cloned stream through WebCrypto, which costs more than the query on the catalog's path).
 *
 * @example
 * return cacheableJson(c, await service.getEvent(ctx, id), 'public, max-age=15');
 */
export function cacheableJson(c: Context, body: unknown, cacheControl: string): Response {
  const json = JSON.stringify(body);
  const etag = `"${createHash('sha1').update(json).digest('base64url')}"`;
  const headers = { ETag: etag, 'Cache-Control': cacheControl, Vary: 'Accept-Language' };
  const ifNoneMatch = c.req.header('if-none-match');
  if (ifNoneMatch && ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)) {
    return c.body(null, 304, headers);
  }
  return c.body(json, 200, { ...headers, 'Content-Type': 'application/json' });
}
