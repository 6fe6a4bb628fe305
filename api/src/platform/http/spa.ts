import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import type { AppEnv } from './app-env';

export interface SpaMount {
  /** URL prefix, e.g. `/admin` or `/`. */
  prefix: string;
  /** The app's build output, e.g. web-crm/dist. */
  distDir: string;
  /** Paths under the prefix that belong to someone else (the API under `/`). */
  excludePrefixes?: string[];
}

/**
 * Serves a built single-page app: its files as they are, and its index.html for every other
 * GET under the prefix so client-side routes survive a reload. Hashed assets are cached for a
 * year; index.html never is, so a deploy reaches users on their next load.
 */
export function spaRouter(mount: SpaMount): Hono<AppEnv> {
  const router = new Hono<AppEnv>();
  const indexFile = path.join(mount.distDir, 'index.html');
  if (!existsSync(indexFile)) return router;
  const root = path.relative(process.cwd(), mount.distDir) || '.';
  const stripPrefix = (requestPath: string) =>
    mount.prefix === '/' ? requestPath : requestPath.slice(mount.prefix.length) || '/';

  const excluded = mount.excludePrefixes ?? [];
  router.use('*', async function skipExcluded(c, next) {
    if (excluded.some((prefix) => c.req.path === prefix || c.req.path.startsWith(`${prefix}/`))) return c.notFound();
    await next();
  });
  router.use('/assets/*', async function immutableAssets(c, next) {
    await next();
    if (c.res.status === 200) c.header('Cache-Control', 'public, max-age=31536000, immutable');
  });
  router.use('/assets/*', serveStatic({ root, rewriteRequestPath: stripPrefix }));
  // A missing hashed asset is a stale page asking for an old build: say so, do not send HTML.
  router.get('/assets/*', (c) => c.notFound());
  router.use('*', serveStatic({ root, rewriteRequestPath: stripPrefix }));
  router.get('*', async (c) => {
    c.header('Cache-Control', 'no-cache');
    // Read per request (the OS caches it) so a rebuilt app is served without a restart.
    return c.html(await readFile(indexFile, 'utf8'));
  });
  return router;
}
