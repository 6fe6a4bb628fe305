import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { Client } from 'pg';
import { createDataSource } from '../platform/db/data-source';
import { migrate } from '../platform/db/migrate';
import { templateDatabase, withDatabase } from './database-url';

export interface TestDatabase {
  url: string;
  /** An embedded PostgreSQL (no server reachable): one backend session behind every connection. */
  embedded: boolean;
  drop(): Promise<void>;
}

/**
 * A fresh, migrated database for one test file: a clone of the migrated template on the
 * PostgreSQL server, or an in-memory embedded PostgreSQL when no server is reachable.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  if (process.env.PRICHAL_TEST_DB === 'embedded') return createEmbeddedTestDatabase();
  const serverUrl = process.env.PRICHAL_TEST_SERVER_URL;
  if (!serverUrl) throw new Error('Run the API tests through jest so global-setup.ts finds the database');
  const name = `prichal_test_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${templateDatabase()}`);
  } finally {
    await admin.end();
  }
  return {
    url: withDatabase(serverUrl, name),
    embedded: false,
    async drop() {
      const client = new Client({ connectionString: serverUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

async function createEmbeddedTestDatabase(): Promise<TestDatabase> {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', path.join(__dirname, 'embedded-postgres-server.ts')], {
    cwd: path.resolve(__dirname, '../..'),
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (line.startsWith('ready ')) resolve(line.slice('ready '.length));
    });
    child.once('exit', (code) => reject(new Error(`embedded PostgreSQL exited with ${code}`)));
  });
  const db = createDataSource({ url, poolSize: 1 });
  await db.initialize();
  try {
    await migrate(db);
  } finally {
    await db.destroy();
  }
  return {
    url,
    embedded: true,
    drop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.stdin.end();
      }),
  };
}
