import 'reflect-metadata';
import type { Server } from 'node:http';
import { createAdaptorServer } from '@hono/node-server';
import type { DataSource } from 'typeorm';
import { createApp } from '../app';
import { ipList } from '../platform/http/ip-list';
import { createDataSource } from '../platform/db/data-source';
import { createLogger } from '../platform/logger';
import { createServices, type Services } from '../services';
import { loadConfig } from '../platform/config';
import { InProcessBus, type Bus } from '../platform/bus/bus';
import { InMemorySupplierSeatLocks } from '../modules/seating/supplier-seat-locks';
import { setUpPayments } from '../modules/payments/payment-setup';
import type { YooKassaEmulator } from '../emulators/yookassa/yookassa-emulator';
import type { AddressInfo } from 'node:net';
import { checkResponse } from './contract';
import { spaRouter } from '../platform/http/spa';
import { createTestDatabase, type TestDatabase } from './test-database';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { jobHandlers, startWorkers, type Workers } from '../workers';
import type { OrderAttachmentSource, RecipientPreferences } from '../modules/notifications/notification-ports';
import type { WorkflowHooks } from '../platform/workflow/workflow';

export interface TestApp {
  /** A node server for supertest: `request(t.server).get('/api/v1/events')`. */
  server: Server;
  db: DataSource;
  database: TestDatabase;
  services: Services;
  supplier: InMemorySupplierSeatLocks;
  /** YooKassa's stand-in, wired to this app (null when the app runs in production mode). */
  yookassa: YooKassaEmulator | null;
  /** The listening server's origin, e.g. http://127.0.0.1:40123. */
  baseUrl: string;
  /** The background workers, when started (option `workers`). */
  workers: Workers | null;
  /** This app's DATA_DIR (a fresh temporary directory unless `env.DATA_DIR` is given): .eml files, messages. */
  dataDir: string;
  close(): Promise<void>;
}

/**
 * The real application on a fresh, migrated database of its own, with every response checked
 * against the OpenAPI document.
 *
 * @example
 * let t: TestApp;
 * beforeAll(async () => { t = await startTestApp(); });
 * afterAll(() => t.close());
 */
export async function startTestApp(
  options: {
    env?: Record<string, string>; bus?: Bus; poolSize?: number; clock?: () => Date;
    /** Start the outbox relay and job consumers: in-process, or RabbitMQ at amqpUrl under `prefix`; mail to smtpUrl or .eml files. */
    workers?: { smtpUrl?: string; amqpUrl?: string; prefix?: string };
    recipients?: RecipientPreferences;
    attachments?: OrderAttachmentSource;
    /** A built SPA to serve at `/`, as the API process does (the browser tests use web-shop/dist). */
    spaDir?: string;
    /** Fault injection around every workflow step (the crash tests). */
    workflowHooks?: WorkflowHooks;
  } = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  const db = createDataSource({ url: database.url, poolSize: options.poolSize ?? 5, embedded: database.embedded });
  await db.initialize();
  const logger = createLogger(process.env.TEST_LOG_LEVEL ?? 'silent');
  // Listen first: the YooKassa emulator needs the origin its payment pages and webhooks use.
  let handler: (request: Request, env: unknown) => Promise<Response> = async () => new Response(null, { status: 503 });
  const server = createAdaptorServer({ fetch: (request: Request, env: unknown) => handler(request, env) }) as Server;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const dataDir = options.env?.DATA_DIR ?? (await mkdtemp(path.join(tmpdir(), 'prichal-test-')));
  const workerEnv = options.workers
    ? { OUTBOX_RELAY_INTERVAL_MS: '50', JOB_RETRY_BASE_MS: '50', JOB_MAX_ATTEMPTS: '3', SMTP_URL: options.workers.smtpUrl ?? '', AMQP_URL: options.workers.amqpUrl ?? '' }
    : {};
  // Tests change the catalog straight in the database, which the catalog's response cache does
  // not hear of; it is off unless a test turns it on (its own tests do). Every test registers
  // from 127.0.0.1, so the per-IP registration limit is high unless a test sets it.
  const config = loadConfig({
    NODE_ENV: 'test', PUBLIC_BASE_URL: baseUrl, DATA_DIR: dataDir, CATALOG_RESPONSE_MAX_AGE_MS: '0', REGISTRATIONS_PER_IP_PER_HOUR: '10000',
    ...workerEnv, ...options.env,
  });
  const bus = options.bus ?? new InProcessBus();
  const supplier = new InMemorySupplierSeatLocks();
  const payments = setUpPayments({ ...config, YOOKASSA_SHOP_ID: undefined, YOOKASSA_SECRET_KEY: undefined });
  payments.emulator?.setWebhookUrl(`${baseUrl}/api/v1/payments/yookassa/webhook`);
  const services = await createServices({
    db, bus, config, supplier, logger, payments, secret: 'test-secret-that-is-long-enough-for-hmac', ...(options.clock ? { clock: options.clock } : {}),
    ...(options.recipients ? { recipients: options.recipients } : {}), ...(options.attachments ? { attachments: options.attachments } : {}),
    ...(options.workflowHooks ? { workflowHooks: options.workflowHooks } : {}),
  });
  const workers = options.workers
    ? await startWorkers({ db, logger, config, handlers: jobHandlers(services), reminders: services.notifications.reminders, queuePrefix: options.workers.prefix })
    : null;
  const app = createApp({ logger, services, trustedProxies: config.TRUSTED_PROXIES ? ipList(config.TRUSTED_PROXIES) : undefined });
  if (payments.emulator) app.route('/', payments.emulator.app);
  if (options.spaDir) app.route('/', spaRouter({ prefix: '/', distDir: options.spaDir, excludePrefixes: ['/api', '/yookassa'] }));
  handler = async (request, env) => {
    const response = await app.fetch(request, env as never);
    // Streams are written to the socket directly; their contract is the stream tests' job.
    if (!response.headers.has('x-hono-already-sent')) await checkResponse(request.method, request.url, response.clone());
    return response;
  };
  return {
    server,
    db,
    database,
    services,
    supplier,
    yookassa: payments.emulator,
    baseUrl,
    workers,
    dataDir,
    async close() {
      await workers?.close();
      services.notifications.close();
      payments.emulator?.close();
      server.close();
      await services.seating.close();
      await services.auth.limiter.close();
      await bus.close();
      await db.destroy();
      await database.drop();
      if (!options.env?.DATA_DIR) await rm(dataDir, { recursive: true, force: true });
    },
  };
}
