/**
 * The CRM as a user meets it: the real API on its own database (startTestApp) and the built
 * web-crm/dist served under /admin/ by the API's own spaRouter, on one origin, driven by
 * Debian's Chromium through playwright-core.
 */
import 'reflect-metadata';
import { existsSync, mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createAdaptorServer } from '@hono/node-server';
import { Hono } from 'hono';
import { chromium, type Browser, type Page } from 'playwright-core';
import { spaRouter } from '../../api/src/platform/http/spa';
import { startTestApp, type TestApp } from '../../api/src/test/test-app';
import { CRM_DIST, ensureCrmBuilt } from './build';

const REPO_ROOT = path.resolve(__dirname, '../..');
const SCREENSHOTS = path.join(REPO_ROOT, 'test-results/screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface CrmHarness {
  app: TestApp;
  /** The origin serving both /admin/ and /api/v1. */
  origin: string;
  browser: Browser;
  close(): Promise<void>;
}

/**
 * One origin in front of the test app: /admin/* from the built SPA, everything else passed
 * through to the API (the SPA calls /api/v1 on its own origin, as in production).
 */
async function frontServer(app: TestApp): Promise<{ server: Server; origin: string }> {
  const front = new Hono();
  front.route('/admin', spaRouter({ prefix: '/admin', distDir: CRM_DIST }));
  front.all('*', async (c) => {
    const url = new URL(c.req.url);
    const request = c.req.raw;
    const hasBody = !['GET', 'HEAD'].includes(request.method);
    const headers = new Headers(request.headers);
    for (const hop of ['host', 'connection', 'keep-alive', 'transfer-encoding']) headers.delete(hop);
    return fetch(`${app.baseUrl}${url.pathname}${url.search}`, {
      method: request.method,
      headers,
      ...(hasBody ? { body: await request.arrayBuffer() } : {}),
      redirect: 'manual',
    });
  });
  const server = createAdaptorServer({ fetch: front.fetch }) as Server;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

export async function startCrmHarness(): Promise<CrmHarness> {
  ensureCrmBuilt();
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: apt-get install -y chromium`);
  const app = await startTestApp();
  const { server, origin } = await frontServer(app);
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  return {
    app,
    origin,
    browser,
    async close() {
      await browser.close();
      server.close();
      await app.close();
    },
  };
}

/** A fresh browser profile (its own localStorage, so its own sign-in) on the CRM. */
export async function newCrmPage(harness: CrmHarness, lang: 'ru' | 'en' = 'ru'): Promise<Page> {
  const context = await harness.browser.newContext({ locale: lang === 'ru' ? 'ru-RU' : 'en-GB', timezoneId: 'Asia/Vladivostok', viewport: { width: 1360, height: 900 } });
  await context.addInitScript((chosen) => window.localStorage.setItem('prichal.crm.lang', chosen), lang);
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  return page;
}

/** Saves test-results/screenshots/crm-<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `crm-${name}.png`), fullPage: true });
}
