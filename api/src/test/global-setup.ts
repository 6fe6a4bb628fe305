/**
 * Runs once before the API tests: finds the PostgreSQL server and migrates a template
 * database that every test file clones (CREATE DATABASE … TEMPLATE is a file copy, so each
 * file gets a fresh, migrated database in milliseconds and files can run in parallel).
 * With no server reachable and DATABASE_URL unset, test files fall back to an embedded
 * PostgreSQL each (see test-database.ts).
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { createDataSource } from '../platform/db/data-source';
import { migrate } from '../platform/db/migrate';
import { DEFAULT_TEST_DATABASE_URL, withDatabase } from './database-url';

async function reachable(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export default async function globalSetup(): Promise<void> {
  // The API and browser projects share this setup; the first one to run prepares for both.
  if (process.env.PRICHAL_TEST_DB) return;
  const explicit = process.env.DATABASE_URL;
  const serverUrl = explicit ?? DEFAULT_TEST_DATABASE_URL;
  if (!(await reachable(serverUrl))) {
    if (explicit) throw new Error(`DATABASE_URL is set but PostgreSQL at ${explicit} is not reachable`);
    console.warn('\nNo PostgreSQL server reachable: each test file uses an embedded PostgreSQL (PGlite).');
    process.env.PRICHAL_TEST_DB = 'embedded';
    return;
  }
  process.env.PRICHAL_TEST_DB = 'server';
  process.env.PRICHAL_TEST_SERVER_URL = serverUrl;

  const templateName = `prichal_test_tpl_${randomBytes(4).toString('hex')}`;
  process.env.PRICHAL_TEST_TEMPLATE = templateName;

  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${templateName}`);
  } finally {
    await admin.end();
  }
  const template = createDataSource({ url: withDatabase(serverUrl, templateName), poolSize: 1 });
  await template.initialize();
  try {
    await migrate(template);
  } finally {
    await template.destroy();
  }
}
