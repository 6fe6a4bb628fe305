import 'reflect-metadata';
import { DataSource, type EntityManager } from 'typeorm';
import { catalogEntities } from '../../modules/catalog/entities';

/**
 * The TypeORM data source over `pg`. The schema belongs to `migrations/`; `synchronize` stays
 * off so TypeORM never changes a table.
 */
export function createDataSource(options: { url: string; poolSize: number; applicationName?: string }): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    entities: [...catalogEntities],
    synchronize: false,
    migrationsRun: false,
    logging: false,
    applicationName: options.applicationName ?? 'prichal-api',
    extra: { max: options.poolSize, connectionTimeoutMillis: 10_000 },
  });
}

/**
 * Runs `work` in one transaction: everything it does through the given manager commits or
 * rolls back together.
 *
 * @example
 * await withTransaction(db, async (tx) => { await tx.save(event); await tx.save(prices); });
 */
export function withTransaction<T>(db: DataSource, work: (tx: EntityManager) => Promise<T>): Promise<T> {
  return db.transaction(work);
}
