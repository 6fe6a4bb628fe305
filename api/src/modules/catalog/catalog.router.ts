import type { Context } from 'hono';
import type { AppEnv } from '../../platform/http/app-env';
import { cacheableJson } from '../../platform/http/cacheable-json';
import { resolveLang, type Lang } from '../../platform/http/locale';
import { createRouter } from '../../platform/http/router';
import {
  getEventFiltersRoute, getEventRoute, getPricesRoute, getSeatLayoutRoute, getTicketTypesRoute, listEventsRoute,
} from './catalog.routes';

/**
 * Catalog responses change only when staff edit the catalog, so browsers and proxies may
 * reuse them briefly and revalidate with the ETag (a 304 costs no body).
 */
const CATALOG_CACHE = 'public, max-age=15, stale-while-revalidate=60';

function langOf(c: Context<AppEnv>, queryLang: Lang | undefined): Lang {
  const lang = resolveLang(queryLang, c.req.header('accept-language'));
  c.header('Content-Language', lang);
  return lang;
}

/**
 * The answer from the catalog's response cache, which every visitor asking the same thing in
 * the same language within a moment shares; the key is the language, path and query string.
 */
async function catalogJson(c: Context<AppEnv>, lang: Lang | null, read: () => Promise<unknown>): Promise<Response> {
  const url = c.req.url;
  const queryStart = url.indexOf('?');
  const key = `${lang ?? '*'} ${c.req.path}${queryStart < 0 ? '' : url.slice(queryStart)}`;
  return cacheableJson(c, await c.var.services.catalogResponses.get(key, read), CATALOG_CACHE);
}

export const catalogRouter = createRouter();

catalogRouter
  .openapi(listEventsRoute, async (c) => {
    const query = c.req.valid('query');
    const lang = langOf(c, query.lang);
    return catalogJson(c, lang, () => c.var.services.catalog.listEvents({ lang }, query));
  })
  .openapi(getEventRoute, async (c) => {
    const lang = langOf(c, c.req.valid('query').lang);
    return catalogJson(c, lang, () => c.var.services.catalog.getEvent({ lang }, c.req.valid('param').id));
  })
  .openapi(getSeatLayoutRoute, async (c) => {
    const lang = langOf(c, c.req.valid('query').lang);
    return catalogJson(c, lang, () => c.var.services.catalog.getSeatLayout({ lang }, c.req.valid('param').id));
  })
  .openapi(getTicketTypesRoute, async (c) => {
    const lang = langOf(c, c.req.valid('query').lang);
    return catalogJson(c, lang, () => c.var.services.catalog.getTicketTypes({ lang }, c.req.valid('param').id));
  })
  .openapi(getPricesRoute, async (c) => {
    return catalogJson(c, null, () => c.var.services.catalog.getPrices(c.req.valid('param').id));
  })
  .openapi(getEventFiltersRoute, async (c) => {
    const lang = langOf(c, c.req.valid('query').lang);
    return catalogJson(c, lang, () => c.var.services.catalog.getEventFilters({ lang }));
  });
