/**
 * Process entry: configuration → database (a server, or the embedded one) → migrations →
 * demo catalog → HTTP app → listen, with the background workers (outbox relay, job consumers).
 */
import 'reflect-metadata';
import path from 'node:path';
import { serve } from '@hono/node-server';
import { ConfigError, loadConfig, type Config } from './platform/config';
import { createLogger } from './platform/logger';
import { createDataSource } from './platform/db/data-source';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './platform/db/embedded-postgres';
import { migrate } from './platform/db/migrate';
import { spaRouter } from './platform/http/spa';
import { createApp } from './app';
import { ipList } from './platform/http/ip-list';
import { createServices } from './services';
import { createBus } from './platform/bus/create-bus';
import { resolveAppSecret } from './platform/app-secret';
import { setUpPayments } from './modules/payments/payment-setup';
import { InMemorySupplierSeatLocks } from './modules/seating/supplier-seat-locks';
import { loadDemoCatalogOnce } from './modules/catalog/demo/load-demo-catalog';
import { jobHandlers, startWorkers } from './workers';
import { ensureInitialAdmin } from './modules/staff/initial-admin';

const REPO_ROOT = path.resolve(__dirname, '../..');

function readConfig(): Config {
  try {
    return loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

async function main(): Promise<void> {
  const config = readConfig();
  const logger = createLogger(config.LOG_LEVEL);

  let embedded: EmbeddedPostgres | undefined;
  let databaseUrl = config.DATABASE_URL;
  if (!databaseUrl) {
    embedded = await startEmbeddedPostgres({ dataDir: path.join(config.DATA_DIR, 'pg') });
    databaseUrl = embedded.url;
    logger.info({ dataDir: path.resolve(config.DATA_DIR, 'pg') }, 'DATABASE_URL unset: embedded PostgreSQL started');
  }
  // The embedded server has a single backend: createDataSource gives it one connection.
  const db = createDataSource({ url: databaseUrl, poolSize: config.DB_POOL_SIZE, embedded: Boolean(embedded) });
  await db.initialize();
  await migrate(db, { logger });
  if (config.DEMO_CATALOG && (await loadDemoCatalogOnce(db))) logger.info('demo catalog loaded');

  const bus = await createBus({ redisUrl: config.REDIS_URL, prefix: config.BUS_PREFIX, logger });
  // Until the suppliers issue brings the Astra Marin and Neva Travel adapters, supplier
  // sailings hold their seats in this process's stand-in.
  const supplier = new InMemorySupplierSeatLocks();
  const secret = await resolveAppSecret(config.APP_SECRET, config.DATA_DIR);
  const payments = setUpPayments(config);
  if (!payments.gateway) logger.warn('YOOKASSA_SHOP_ID is not set: payments are off');
  const services = await createServices({ db, bus, config, supplier, logger, secret, payments });
  await bus.ready();
  const admin = await ensureInitialAdmin(db, services.audit, { email: config.ADMIN_EMAIL, password: config.ADMIN_PASSWORD });
  if (admin) {
    logger.info({ email: admin.email }, 'initial CRM administrator created');
    // Printed once, to the console only (not the JSON log); it must be changed at first sign-in.
    if (admin.generatedPassword) console.log(`\n  CRM administrator: ${admin.email} / ${admin.generatedPassword} (change it at first sign-in)\n`);
  }
  services.seating.cleaner.start(config.SEAT_CLEANER_INTERVAL_MS);
  services.orders.unpaid.start(config.SEAT_CLEANER_INTERVAL_MS);
  // Workflows a crash left half-way go on from their recorded step: refunds first, since a
  // resumed sailing cancellation asks for refunds of its own.
  void services.refunds.resumeUnfinished()
    .then(() => services.catalogAdmin.cancellation.resumeUnfinished())
    .catch((error: unknown) => logger.error({ err: error }, 'resuming unfinished workflows failed'));
  const workers = await startWorkers({ db, logger, config, handlers: jobHandlers(services), reminders: services.notifications.reminders });
  if (!config.SMTP_URL) logger.warn({ dir: path.resolve(config.DATA_DIR, 'mail') }, 'SMTP_URL is not set: emails are written as .eml files');
  const app = createApp({ logger, services, trustedProxies: config.TRUSTED_PROXIES ? ipList(config.TRUSTED_PROXIES) : undefined });
  // Outside production with no shop configured, YooKassa's stand-in answers at /yookassa.
  if (payments.emulator) app.route('/', payments.emulator.app);
  if (config.SERVE_SPA) {
    app.route('/admin', spaRouter({ prefix: '/admin', distDir: path.join(REPO_ROOT, 'web-crm/dist') }));
    app.route('/', spaRouter({
      prefix: '/',
      distDir: path.join(REPO_ROOT, 'web-shop/dist'),
      excludePrefixes: ['/api', '/admin', '/yookassa'],
      runtimeConfig: shopRuntimeConfig(config),
    }));
  }

  const server = serve({ fetch: app.fetch, hostname: config.HOST, port: config.PORT }, (info) => {
    const origin = config.PUBLIC_BASE_URL.replace(/\/$/, '');
    logger.info({ port: info.port }, 'listening');
    console.log(
      [
        '',
        `  Prichal is running (${embedded ? 'embedded PostgreSQL under ' + path.resolve(config.DATA_DIR) : 'PostgreSQL at DATABASE_URL'})`,
        `  Shop:      ${origin}/`,
        `  CRM:       ${origin}/admin/`,
        `  API:       ${origin}/api/v1`,
        `  API docs:  ${origin}/api/docs`,
        '',
      ].join('\n'),
    );
  });

  const shutdown = async (signal: string) => {
    logger.info({ signal }, 'shutting down');
    server.close();
    await services.orders.unpaid.stop();
    await workers.close().catch((error: unknown) => logger.warn({ err: error }, 'workers did not stop cleanly'));
    services.notifications.close();
    payments.emulator?.close();
    await services.seating.close();
    await services.auth.limiter.close();
    await bus.close();
    await db.destroy().catch(() => undefined);
    await embedded?.stop().catch(() => undefined);
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

/** What the shop reads at start-up (web-shop/src/app/runtimeConfig.ts). */
function shopRuntimeConfig(config: Config): Record<string, unknown> {
  return { matomo: config.MATOMO_URL && config.MATOMO_SITE_ID ? { url: config.MATOMO_URL, siteId: String(config.MATOMO_SITE_ID) } : null };
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
