import type { Context, MiddlewareHandler } from 'hono';
import { etag } from 'hono/etag';
import type { AppEnv } from '../../platform/http/app-env';
import { resolveLang, type Lang } from '../../platform/http/locale';
import { createRouter } from '../../platform/http/router';
import {
  getEventRoute, getPricesRoute, getSeatLayoutRoute, getTicketTypesRoute, listEventsRoute,
} from './catalog.routes';

/**
 * Catalog responses change only when staff edit the catalog, so browsers and proxies may
 * reuse them briefly and revalidate with the ETag (a 304 costs no body).
 */
function catalogCaching(): MiddlewareHandler<AppEnv> {
  return async function catalogCachingMiddleware(c, next) {
    await next();
    if (c.res.status === 200 || c.res.status === 304) {
      c.header('Cache-Control', 'public, max-age=15, stale-while-revalidate=60');
      c.header('Vary', 'Accept-Language');
    }
  };
}

function langOf(c: Context<AppEnv>, queryLang: Lang | undefined): Lang {
  const lang = resolveLang(queryLang, c.req.header('accept-language'));
  c.header('Content-Language', lang);
  return lang;
}

export const catalogRouter = createRouter();
// Exact paths: the router is mounted beside others under /events/{id}/… that must not be cached.
for (const path of ['/events', '/events/:id', '/events/:id/seat-layout', '/events/:id/ticket-types', '/events/:id/prices']) {
  catalogRouter.use(path, etag(), catalogCaching());
}

catalogRouter
  .openapi(listEventsRoute, async (c) => {
    const query = c.req.valid('query');
    const lang = langOf(c, query.lang);
    return c.json(await c.var.services.catalog.listEvents({ lang }, query), 200);
  })
  .openapi(getEventRoute, async (c) => {
    const lang = langOf(c, c.req.valid('query').lang);
    return c.json(await c.var.services.catalog.getEvent({ lang }, c.req.valid('param').id), 200);
  })
  .openapi(getSeatLayoutRoute, async (c) => {
    const lang = langOf(c, c.req.valid('query').lang);
    return c.json(await c.var.services.catalog.getSeatLayout({ lang }, c.req.valid('param').id), 200);
  })
  .openapi(getTicketTypesRoute, async (c) => {
    const lang = langOf(c, c.req.valid('query').lang);
    return c.json(await c.var.services.catalog.getTicketTypes({ lang }, c.req.valid('param').id), 200);
  })
  .openapi(getPricesRoute, async (c) => {
    return c.json(await c.var.services.catalog.getPrices(c.req.valid('param').id), 200);
  });
