import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { createAdaptorServer } from '@hono/node-server';
import { createApp } from './app';
import { createLogger } from './platform/logger';
import { createRouter } from './platform/http/router';
import { spaRouter } from './platform/http/spa';
import { startTestApp, type TestApp } from './test/test-app';

/** Cross-cutting behaviour of the HTTP application: probes, document, docs page, errors. */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('health probes', () => {
  it('/healthz answers while the process lives; /readyz checks the database', async () => {
    expect((await request(t.server).get('/healthz')).body).toEqual({ status: 'ok' });
    const ready = await request(t.server).get('/readyz');
    expect(ready.status).toBe(200);
    expect(ready.body).toEqual({ status: 'ready', database: 'up' });
  });
});

describe('OpenAPI document and docs page', () => {
  it('serves the same OpenAPI 3.1 document that is committed in openapi/openapi.json', async () => {
    const res = await request(t.server).get('/api/v1/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe('3.1.0');
    const committed = JSON.parse(readFileSync(path.resolve(__dirname, '../../openapi/openapi.json'), 'utf8'));
    expect(res.body).toEqual(committed);
  });

  it('declares every operation with an operationId and problem responses', async () => {
    const res = await request(t.server).get('/api/v1/openapi.json');
    const operations = Object.values(res.body.paths as Record<string, Record<string, any>>).flatMap((ops) => Object.values(ops));
    expect(operations.length).toBeGreaterThanOrEqual(5);
    for (const operation of operations) {
      expect(operation.operationId).toMatch(/^[a-z][A-Za-z]+$/);
      expect(operation.responses['500'].content['application/problem+json']).toBeDefined();
    }
  });

  it('serves interactive docs with their assets locally', async () => {
    const page = await request(t.server).get('/api/docs');
    expect(page.status).toBe(200);
    expect(page.text).toContain('/api/v1/openapi.json');
    const script = await request(t.server).get('/api/docs/swagger-ui-bundle.js');
    expect(script.status).toBe(200);
    expect(script.headers['content-type']).toMatch(/javascript/);
    expect((await request(t.server).get('/api/docs/../../package.json')).status).toBe(404);
  });
});

describe('errors', () => {
  it('answers unknown API routes with a problem', async () => {
    const res = await request(t.server).post('/api/v1/nothing-here');
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ code: 'route_not_found', status: 404, type: 'https://prichal.dev/problems/route_not_found' });
  });

  it('echoes a sane X-Request-Id and puts it in problems as the instance', async () => {
    const res = await request(t.server).get('/api/v1/events/1').set('X-Request-Id', 'req-123');
    expect(res.headers['x-request-id']).toBe('req-123');
    expect(res.body.instance).toBe('urn:request:req-123');
    const odd = await request(t.server).get('/healthz').set('X-Request-Id', 'bad id with spaces');
    expect(odd.headers['x-request-id']).not.toBe('bad id with spaces');
  });

  it('turns an unexpected failure into a 500 problem that leaks nothing', async () => {
    const failing = { catalog: { listEvents: () => Promise.reject(new Error('connection string postgres://secret')) } };
    const app = createApp({ logger: createLogger('silent'), services: failing as never });
    const res = await request(createAdaptorServer({ fetch: app.fetch })).get('/api/v1/events');
    expect(res.status).toBe(500);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.code).toBe('internal_error');
    expect(JSON.stringify(res.body)).not.toContain('secret');
  });

  it('answers 503 on /readyz when the database is gone', async () => {
    const other = await startTestApp();
    await other.db.destroy();
    const res = await request(other.server).get('/readyz');
    expect(res.status).toBe(503);
    expect(res.body).toMatchObject({ code: 'service_unavailable', params: { dependency: 'database' } });
    await other.db.initialize();
    await other.close();
  });
});

describe('single-page apps', () => {
  let dist: string;
  beforeAll(() => {
    dist = mkdtempSync(path.join(tmpdir(), 'spa-'));
    mkdirSync(path.join(dist, 'assets'));
    writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>shop</title>');
    writeFileSync(path.join(dist, 'assets', 'app-1a2b.js'), 'console.log(1)');
  });
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  it('serves files, falls back to index.html for client routes, and leaves the API alone', async () => {
    const app = createRouter();
    app.get('/api/v1/ping', (c) => c.text('pong'));
    app.route('/', spaRouter({ prefix: '/', distDir: dist, excludePrefixes: ['/api'] }));
    const server = createAdaptorServer({ fetch: app.fetch });
    const asset = await request(server).get('/assets/app-1a2b.js');
    expect(asset.status).toBe(200);
    expect(asset.headers['cache-control']).toContain('immutable');
    expect((await request(server).get('/assets/app-old.js')).status).toBe(404);
    const page = await request(server).get('/events/123/seatmap');
    expect(page.status).toBe(200);
    expect(page.text).toContain('<title>shop</title>');
    expect(page.headers['cache-control']).toBe('no-cache');
    expect((await request(server).get('/api/v1/ping')).text).toBe('pong');
    expect((await request(server).get('/api/v1/unknown')).status).toBe(404);
  });

  it('writes the runtime config into the page, also at the root, and keeps it inside its script element', async () => {
    const app = createRouter();
    const runtimeConfig = { matomo: { url: 'https://stats.example.ru/', siteId: '3' }, note: '</script><script>alert(1)</script>' };
    app.route('/', spaRouter({ prefix: '/', distDir: dist, runtimeConfig }));
    const server = createAdaptorServer({ fetch: app.fetch });
    for (const url of ['/', '/index.html', '/events']) {
      const page = await request(server).get(url);
      expect(page.status).toBe(200);
      expect(page.headers['cache-control']).toBe('no-cache');
      const script = /<script type="application\/json" id="runtime-config">(.*?)<\/script>/.exec(page.text);
      expect(script?.[1] && JSON.parse(script[1])).toEqual(runtimeConfig);
      expect(page.text).not.toContain('<script>alert(1)');
    }
  });
});
