import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

/** Plain SQL on the data source's own pool, for read paths where every microsecond shows. */
export interface SqlClient {
  query<T>(text: string, values?: unknown[]): Promise<T[]>;
}

const MAX_NAMED_STATEMENTS = 500;

/**
 * A client for the hottest reads: it skips TypeORM's per-query runner and names each distinct
 * statement, so every pooled connection parses and plans it once and then only binds values.
 * Writes still go through TypeORM's transactions.
 *
 * @example
 * const sql = sqlClientOf(db);
 * const rows = await sql.query<{ id: string }>('SELECT id FROM event WHERE id = $1', [id]);
 */
export function sqlClientOf(db: DataSource): SqlClient {
  const pool = (db.driver as PostgresDriver).master as Pool;
  const names = new Map<string, string>();
  return {
    async query<T>(text: string, values: unknown[] = []): Promise<T[]> {
      let name = names.get(text);
      if (!name && names.size < MAX_NAMED_STATEMENTS) {
        name = `prichal_${names.size}`;
        names.set(text, name);
      }
      const result = await pool.query(name ? { name, text, values } : { text, values });
      return result.rows as T[];
    },
  };
}
