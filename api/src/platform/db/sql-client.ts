import type { Pool, PoolClient } from 'pg';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

/** Plain SQL on the data source's own pool, for read paths where every microsecond shows. */
export interface SqlClient {
  query<T>(text: string, values?: unknown[]): Promise<T[]>;
}

/**
 * Anything that runs SQL and returns rows: a SqlClient, or a TypeORM EntityManager inside its
 * transaction. Steps shared by both kinds of transaction take this.
 */
export interface Queryable {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  query(text: string, values?: unknown[]): Promise<any>;
}

const MAX_NAMED_STATEMENTS = 500;
const statementNames = new Map<string, string>();

/** A stable name per distinct SQL text, so each pooled connection prepares it once. */
function statementName(text: string): string | undefined {
  let name = statementNames.get(text);
  if (!name && statementNames.size < MAX_NAMED_STATEMENTS) {
    name = `prichal_${statementNames.size}`;
    statementNames.set(text, name);
  }
  return name;
}

const unprepared = new WeakSet<DataSource>();

/** This data source's connections share one session (the embedded server): no named statements. */
export function withoutPreparedStatements(db: DataSource): void {
  unprepared.add(db);
}

function poolOf(db: DataSource): Pool {
  return (db.driver as PostgresDriver).master as Pool;
}

function clientRunner(client: Pool | PoolClient, prepared: boolean): SqlClient {
  return {
    async query<T>(text: string, values: unknown[] = []): Promise<T[]> {
      const name = prepared ? statementName(text) : undefined;
      const result = await client.query(name ? { name, text, values } : { text, values });
      return result.rows as T[];
    },
  };
}

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
  return clientRunner(poolOf(db), !unprepared.has(db));
}

/**
 * One transaction of prepared statements on a pooled connection, for hot write paths (seat
 * claims). `work` decides: return `{ commit: false }` to roll back while still answering.
 *
 * @example
 * const hold = await sqlTransaction(db, async (sql) => ({ commit: true, value: await claim(sql) }));
 */
export async function sqlTransaction<T>(db: DataSource, work: (sql: SqlClient) => Promise<{ commit: boolean; value: T }>): Promise<T> {
  const client = await poolOf(db).connect();
  let finished = false;
  try {
    await client.query('BEGIN');
    const outcome = await work(clientRunner(client, !unprepared.has(db)));
    await client.query(outcome.commit ? 'COMMIT' : 'ROLLBACK');
    finished = true;
    return outcome.value;
  } finally {
    if (!finished) await client.query('ROLLBACK').catch(() => undefined);
    client.release();
  }
}
