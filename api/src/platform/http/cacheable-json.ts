import type { Context } from 'hono';
import type { SerializedJson } from './response-cache';

/**
 * A JSON response with a strong ETag, answering 304 when the client's If-None-Match still
 * matches. The body comes serialized and hashed once (see serializeJson and ResponseCache;
 * hono/etag re-reads a cloned stream through WebCrypto, which costs more than the query on
 * the catalog's path).
 *
 * @example
 * return cacheableJson(c, serializeJson(await service.getEvent(ctx, id)), 'public, max-age=15');
 */
export function cacheableJson(c: Context, { json, etag }: SerializedJson, cacheControl: string): Response {
  const headers = { ETag: etag, 'Cache-Control': cacheControl, Vary: 'Accept-Language' };
  const ifNoneMatch = c.req.header('if-none-match');
  if (ifNoneMatch && ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)) {
    return c.body(null, 304, headers);
  }
  return c.body(json, 200, { ...headers, 'Content-Type': 'application/json' });
}
