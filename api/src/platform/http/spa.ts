import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Hono, type Context } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import type { AppEnv } from './app-env';

export interface SpaMount {
  /** URL prefix, e.g. `/admin` or `/`. */
  prefix: string;
  /** The app's build output, e.g. web-crm/dist. */
  distDir: string;
  /** Paths under the prefix that belong to someone else (the API under `/`). */
  excludePrefixes?: string[];
  /**
   * Settings the app reads at start-up (e.g. analytics), written into index.html as
   * `<script type="application/json" id="runtime-config">`, so one build serves every deployment.
   */
  runtimeConfig?: Record<string, unknown>;
}

/** JSON safe inside a script element: no "</script>" or "<!--" can appear in it. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
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
  const configScript = mount.runtimeConfig
    ? `<script type="application/json" id="runtime-config">${scriptJson(mount.runtimeConfig)}</script>`
    : '';
  const sendIndex = async (c: Context<AppEnv>) => {
    c.header('Cache-Control', 'no-cache');
    // Read per request (the OS caches it) so a rebuilt app is served without a restart.
    const html = await readFile(indexFile, 'utf8');
    if (!configScript) return c.html(html);
    // Module scripts run after parsing, so the element may close the head or end the page.
    return c.html(html.includes('</head>') ? html.replace('</head>', `${configScript}</head>`) : `${html}${configScript}`);
  };
  // The page itself always goes through sendIndex (never cached, runtime config included).
  router.get('/', sendIndex);
  router.get('/index.html', sendIndex);
  router.use('*', serveStatic({ root, rewriteRequestPath: stripPrefix }));
  router.get('*', sendIndex);
  return router;
}
