/**
 * Runs one in-memory embedded PostgreSQL for one test file, in a process of its own: PGlite
 * loads its WASM with dynamic import(), which jest's module sandbox does not allow. Prints
 * "ready <url>" once it accepts connections and exits when its parent closes stdin.
 */
import { startEmbeddedPostgres } from '../platform/db/embedded-postgres';

startEmbeddedPostgres({ dataDir: null })
  .then((embedded) => {
    process.stdout.write(`ready ${embedded.url}\n`);
    const stop = () => void embedded.stop().finally(() => process.exit(0));
    process.stdin.on('end', stop);
    process.stdin.resume();
    process.once('SIGTERM', stop);
  })
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
