import 'reflect-metadata';
import type { Server } from 'node:http';
import { createAdaptorServer } from '@hono/node-server';
import type { DataSource } from 'typeorm';
import { createApp } from '../app';
import { createDataSource } from '../platform/db/data-source';
import { createLogger } from '../platform/logger';
import { createServices, type Services } from '../services';
import { loadConfig } from '../platform/config';
import { InProcessBus, type Bus } from '../platform/bus/bus';
import { InMemorySupplierSeatLocks } from '../modules/seating/supplier-seat-locks';
import { checkResponse } from './contract';
import { createTestDatabase, type TestDatabase } from './test-database';

export interface TestApp {
  /** A node server for supertest: `request(t.server).get('/api/v1/events')`. */
  server: Server;
  db: DataSource;
  database: TestDatabase;
  services: Services;
  supplier: InMemorySupplierSeatLocks;
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
export async function startTestApp(options: { env?: Record<string, string>; bus?: Bus; poolSize?: number } = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const db = createDataSource({ url: database.url, poolSize: options.poolSize ?? 5 });
  await db.initialize();
  const logger = createLogger('silent');
  const config = loadConfig({ NODE_ENV: 'test', ...options.env });
  const bus = options.bus ?? new InProcessBus();
  const supplier = new InMemorySupplierSeatLocks();
  const services = await createServices({ db, bus, config, supplier, logger, secret: 'test-secret-that-is-long-enough-for-hmac' });
  const app = createApp({ logger, services });
  const server = createAdaptorServer({
    fetch: async (request: Request, env: unknown) => {
      const response = await app.fetch(request, env as never);
      // Streams are written to the socket directly; their contract is the stream tests' job.
      if (!response.headers.has('x-hono-already-sent')) await checkResponse(request.method, request.url, response.clone());
      return response;
    },
  }) as Server;
  return {
    server,
    db,
    database,
    services,
    supplier,
    async close() {
      server.close();
      await services.seating.close();
      await bus.close();
      await db.destroy();
      await database.drop();
    },
  };
}
