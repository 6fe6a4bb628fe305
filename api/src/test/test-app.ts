import 'reflect-metadata';
import type { Server } from 'node:http';
import { createAdaptorServer } from '@hono/node-server';
import type { DataSource } from 'typeorm';
import { createApp } from '../app';
import { createDataSource } from '../platform/db/data-source';
import { createLogger } from '../platform/logger';
import { createServices } from '../services';
import { checkResponse } from './contract';
import { createTestDatabase, type TestDatabase } from './test-database';

export interface TestApp {
  /** A node server for supertest: `request(t.server).get('/api/v1/events')`. */
  server: Server;
  db: DataSource;
  database: TestDatabase;
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
export async function startTestApp(): Promise<TestApp> {
  const database = await createTestDatabase();
  const db = createDataSource({ url: database.url, poolSize: 5 });
  await db.initialize();
  const app = createApp({ logger: createLogger('silent'), services: createServices(db) });
  const server = createAdaptorServer({
    fetch: async (request: Request) => {
      const response = await app.fetch(request);
      await checkResponse(request.method, request.url, response.clone());
      return response;
    },
  }) as Server;
  return {
    server,
    db,
    database,
    async close() {
      server.close();
      await db.destroy();
      await database.drop();
    },
  };
}
