import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export interface EmbeddedPostgres {
  /** A connection string for the ordinary `pg` driver. */
  url: string;
  stop(): Promise<void>;
}

/**
 * A real PostgreSQL (PGlite, PostgreSQL compiled to WASM) served over its wire protocol on
 * 127.0.0.1, so the API talks to it exactly as it talks to a server. `dataDir` of `null`
 * keeps it in memory (tests on a bare machine); otherwise it persists there.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string | null;
  maxConnections?: number;
}): Promise<EmbeddedPostgres> {
  if (options.dataDir) await mkdir(options.dataDir, { recursive: true });
  const db = await PGlite.create(options.dataDir ? path.resolve(options.dataDir) : 'memory://', {
    extensions: { pg_trgm, btree_gist },
  });
  const server = new PGLiteSocketServer({
    db,
    host: '127.0.0.1',
    port: 0,
    maxConnections: options.maxConnections ?? 5,
  });
  await server.start();
  const url = `postgres://postgres@${server.getServerConn()}/postgres`;
  return {
    url,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
