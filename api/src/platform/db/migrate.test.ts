import { mkdtempSync, readdirSync, copyFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createDataSource } from './data-source';
import { MIGRATIONS_DIR, migrate, MigrationError } from './migrate';
import { startTestApp, type TestApp } from '../../test/test-app';
import { createTestDatabase } from '../../test/test-database';

/** The migration runner: ordered, once, atomic, and strict about edited history. */
let t: TestApp;
let dir: string;
beforeAll(async () => {
  t = await startTestApp();
  dir = mkdtempSync(path.join(tmpdir(), 'migrations-'));
  for (const file of readdirSync(MIGRATIONS_DIR)) copyFileSync(path.join(MIGRATIONS_DIR, file), path.join(dir, file));
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await t.close();
});

it('has applied every migration to a test database and applies none twice', async () => {
  const applied = await t.db.query('SELECT name FROM schema_migration ORDER BY name');
  expect(applied.map((r: { name: string }) => r.name)).toEqual(readdirSync(MIGRATIONS_DIR).filter((f) => f.endsWith('.sql')).sort());
  expect(await migrate(t.db)).toEqual([]);
});

it('applies a new file in order and rolls back a failing one completely', async () => {
  writeFileSync(path.join(dir, '9001_add_probe.sql'), 'CREATE TABLE probe_ok (id int);');
  writeFileSync(path.join(dir, '9002_broken.sql'), 'CREATE TABLE probe_half (id int); SELECT no_such_function();');
  await expect(migrate(t.db, { dir })).rejects.toThrow(/9002_broken\.sql failed/);
  const tables = await t.db.query("SELECT tablename FROM pg_tables WHERE tablename LIKE 'probe_%' ORDER BY 1");
  expect(tables.map((r: { tablename: string }) => r.tablename)).toEqual(['probe_ok']);
  rmSync(path.join(dir, '9002_broken.sql'));
});

it('refuses to run when an applied migration was edited', async () => {
  writeFileSync(path.join(dir, '9001_add_probe.sql'), 'CREATE TABLE probe_ok (id bigint);');
  await expect(migrate(t.db, { dir })).rejects.toThrow(MigrationError);
});

// The embedded PostgreSQL multiplexes every client onto one backend session, where advisory
// locks are re-entrant; it only ever has one migrating process, so this applies to servers.
const onServer = process.env.PRICHAL_TEST_DB === 'embedded' ? it.skip : it;

onServer('lets concurrent starters migrate a fresh database once', async () => {
  const fresh = await createTestDatabase();
  const sources = [0, 1, 2].map(() => createDataSource({ url: fresh.url, poolSize: 1 }));
  try {
    await Promise.all(sources.map((s) => s.initialize()));
    await sources[0]!.query('DROP TABLE schema_migration; DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
    const results = await Promise.all(sources.map((s) => migrate(s)));
    expect(results.flat().sort()).toEqual(readdirSync(MIGRATIONS_DIR).filter((f) => f.endsWith('.sql')).sort());
  } finally {
    await Promise.all(sources.map((s) => s.destroy()));
    await fresh.drop();
  }
});
