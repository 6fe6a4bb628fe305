import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import type { Logger } from '../logger';

/** `migrations/` at the repository root, the same from `src/` and from `dist/`. */
export const MIGRATIONS_DIR = path.resolve(__dirname, '../../../../migrations');

/** Any constant works; it only has to be the same in every process that migrates. */
const MIGRATION_LOCK_KEY = 7_305_101;
const MIGRATION_FILE = /^\d{4}_[a-z0-9_]+\.sql$/;

export class MigrationError extends Error {
  override readonly name = 'MigrationError';
}

/**
 * Applies the ordered SQL files of `migrations/` that this database has not seen, each in
 * its own transaction. An advisory lock makes concurrent starters wait instead of racing, and
 * a checksum refuses to run against a database migrated with a different version of a file.
 *
 * @returns the names of the files applied now
 */
export async function migrate(
  db: DataSource,
  options: { dir?: string; logger?: Logger } = {},
): Promise<string[]> {
  const dir = options.dir ?? MIGRATIONS_DIR;
  const files = (await readdir(dir)).filter((name) => MIGRATION_FILE.test(name)).sort();
  const runner = db.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    await runner.query(`CREATE TABLE IF NOT EXISTS schema_migration (
      name text PRIMARY KEY, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    const rows: Array<{ name: string; checksum: string }> = await runner.query(
      'SELECT name, checksum FROM schema_migration',
    );
    const applied = new Map(rows.map((row) => [row.name, row.checksum]));
    const appliedNow: string[] = [];
    for (const name of files) {
      const sql = await readFile(path.join(dir, name), 'utf8');
      const checksum = createHash('sha256').update(sql).digest('hex');
      const known = applied.get(name);
      if (known !== undefined) {
        if (known !== checksum) {
          throw new MigrationError(`Migration ${name} changed after it was applied; add a new migration instead`);
        }
        continue;
      }
      await runner.startTransaction();
      try {
        await runner.query(sql);
        await runner.query('INSERT INTO schema_migration (name, checksum) VALUES ($1, $2)', [name, checksum]);
        await runner.commitTransaction();
      } catch (error) {
        await runner.rollbackTransaction();
        throw new MigrationError(`Migration ${name} failed: ${(error as Error).message}`);
      }
      options.logger?.info({ migration: name }, 'migration applied');
      appliedNow.push(name);
    }
    return appliedNow;
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await runner.release();
  }
}
