import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Hono } from 'hono';
import type { AppEnv } from './app-env';

/** swagger-ui-dist ships every asset, so the docs page works offline and behind firewalls. */
const SWAGGER_DIR = path.dirname(require.resolve('swagger-ui-dist/package.json'));
const ASSETS: Record<string, string> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
  'favicon-32x32.png': 'image/png',
};

function page(specUrl: string): string {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Prichal API</title>
  <link rel="stylesheet" href="/api/docs/swagger-ui.css">
  <link rel="icon" href="/api/docs/favicon-32x32.png">
</head>
<body>
  <div id="swagger-ui"></div>
  <script src="/api/docs/swagger-ui-bundle.js"></script>
  <script>
    window.ui = SwaggerUIBundle({ url: ${JSON.stringify(specUrl)}, dom_id: '#swagger-ui', deepLinking: true });
  </script>
</body>
</html>`;
}

/**
 * Interactive API docs (Swagger UI) at `/api/docs`, reading the live OpenAPI document.
 *
 * @example
 * app.route('/api', apiDocsRouter('/api/v1/openapi.json'));
 */
export function apiDocsRouter(specUrl: string): Hono<AppEnv> {
  const router = new Hono<AppEnv>();
  const html = page(specUrl);
  router.get('/docs', (c) => c.html(html));
  router.get('/docs/:asset', (c) => {
    const asset = c.req.param('asset');
    const type = ASSETS[asset];
    if (!type) return c.notFound();
    c.header('Cache-Control', 'public, max-age=86400');
    c.header('Content-Type', type);
    return c.body(readFileSync(path.join(SWAGGER_DIR, asset)));
  });
  return router;
}
