import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { catalogEntities } from '../../modules/catalog/entities';
import { withoutPreparedStatements } from './sql-client';

/**
 * The TypeORM data source over `pg`. The schema belongs to `migrations/`; `synchronize` stays
 * off so TypeORM never changes a table.
 */
export function createDataSource(options: { url: string; poolSize: number; applicationName?: string; embedded?: boolean }): DataSource {
  const dataSource = new DataSource({
    type: 'postgres',
    url: options.url,
    entities: [...catalogEntities],
    synchronize: false,
    migrationsRun: false,
    logging: false,
    applicationName: options.applicationName ?? 'prichal-api',
    // The embedded server runs every connection on one backend: two transactions interleaved
    // there would wait on each other's row locks for ever, so it gets one connection at a time.
    extra: { max: options.embedded ? 1 : options.poolSize, connectionTimeoutMillis: 10_000 },
  });
  // The embedded server multiplexes every connection onto one backend session, where two
  // connections preparing the same statement name would collide.
  if (options.embedded) withoutPreparedStatements(dataSource);
  return dataSource;
}
