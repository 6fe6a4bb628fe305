import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';

export const BENCH_DATABASE = 'prichal_bench';

/**
 * Recreates `database` (default `prichal_bench`) on the server `serverUrl` points at, fills it
 * with the seeder (migrations + `expectedEvents` seated sailings) and, unless told not to,
 * analyses it. Returns the benchmark database's URL, the server's version and the seeded
 * event count.
 */
export async function prepareDatabase({ serverUrl, apiDir, expectedEvents, database = BENCH_DATABASE, analyze = true }) {
  const admin = new URL(serverUrl);
  // A database cannot drop itself: if the given URL already names the benchmark database,
  // administer it from the server's default one.
  if (admin.pathname.slice(1) === database) admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  let version;
  try {
    await client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${database}`);
    ({ rows: [{ version }] } = await client.query('SELECT version()'));
  } finally {
    await client.end();
  }

  const benchUrl = new URL(admin);
  benchUrl.pathname = `/${database}`;
  const seeder = spawnSync(
    process.execPath,
    ['-r', '@swc-node/register', 'src/scripts/seed-bench-catalog.ts', '--events', String(expectedEvents)],
    { cwd: apiDir, env: { ...process.env, DATABASE_URL: benchUrl.toString() }, encoding: 'utf8' },
  );
  if (seeder.status !== 0) {
    throw new Error(`The seeder failed (exit ${seeder.status}):\n${seeder.stderr || seeder.stdout}`);
  }
  const events = JSON.parse(seeder.stdout.trim().split('\n').at(-1)).events;
  if (events !== expectedEvents) {
    throw new Error(`The seeder left ${events} events, expected ${expectedEvents}`);
  }
  if (!analyze) return { databaseUrl: benchUrl.toString(), postgresVersion: version, events };
  // Fresh tables have no statistics until autovacuum analyses them (never, where it is off);
  // analyse now so the plans measured are the ones a settled production database would use.
  const bench = new pg.Client({ connectionString: benchUrl.toString() });
  await bench.connect();
  try {
    await bench.query('ANALYZE');
  } finally {
    await bench.end();
  }
  return { databaseUrl: benchUrl.toString(), postgresVersion: version, events };
}

/**
 * Builds the API when there is no build. A build older than the sources is used as it is
 * (the benchmark does not rebuild behind the developer's back) but reported, since its
 * numbers would then describe other code.
 */
export function ensureApiBuilt({ rootDir, apiDir }) {
  const entry = path.join(apiDir, 'dist/main.js');
  if (!fs.existsSync(entry)) {
    const build = spawnSync('npm', ['run', 'build', '-w', 'api'], { cwd: rootDir, stdio: 'inherit' });
    // tsc still emits on type errors, so the build's own output is what decides.
    if (!fs.existsSync(entry)) throw new Error(`npm run build -w api produced no ${entry} (exit ${build.status})`);
    return { built: true, stale: false, buildExit: build.status };
  }
  const builtAt = fs.statSync(entry).mtimeMs;
  const srcDir = path.join(apiDir, 'src');
  const newer = fs
    .readdirSync(srcDir, { recursive: true })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !file.startsWith('test'))
    .filter((file) => fs.statSync(path.join(srcDir, file)).mtimeMs > builtAt);
  return { built: false, stale: newer.length > 0, newerSources: newer };
}

/**
 * Flags for the API's node from BENCH_API_NODE_ARGS, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof"
 * to see where its time goes under a benchmark's load (NODE_OPTIONS refuses --cpu-prof).
 */
export function apiNodeArgs() {
  return (process.env.BENCH_API_NODE_ARGS ?? '').split(/\s+/).filter(Boolean);
}

/** A TCP port nothing listens on right now, chosen by the kernel. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts `node api/dist/main.js` against the benchmark database, its stdout and stderr (the
 * request log included, which is part of the real per-request cost) written to `logFile`,
 * and resolves once GET /readyz answers 200. `stop()` ends it with SIGTERM, then SIGKILL.
 */
export async function startApi({ apiDir, databaseUrl, port, logFile, readyTimeoutMs = 30_000 }) {
  const log = fs.openSync(logFile, 'w');
  const child = spawn(process.execPath, [...apiNodeArgs(), path.join(apiDir, 'dist/main.js')], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      DEMO_CATALOG: 'false',
      SERVE_SPA: 'false',
      NODE_ENV: 'production',
      // Production requires a signing secret; any fixed one does for a benchmark.
      APP_SECRET: process.env.APP_SECRET ?? 'bench-secret-0123456789abcdef0123456789',
      LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'info',
      DB_POOL_SIZE: '10',
    },
    stdio: ['ignore', log, log],
  });
  fs.closeSync(log);
  let exit = null;
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve((exit = { code, signal }))));

  const stop = async () => {
    if (exit) return;
    child.kill('SIGTERM');
    const killer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(killer);
  };

  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + readyTimeoutMs;
  while (Date.now() < deadline) {
    if (exit) throw new Error(`The API exited before it was ready (${JSON.stringify(exit)}); see ${logFile}`);
    try {
      const res = await fetch(`${baseUrl}/readyz`);
      if (res.status === 200) return { baseUrl, pid: child.pid, stop, killNow: () => child.kill('SIGKILL') };
    } catch {
      // Not listening yet.
    }
    await sleep(200);
  }
  await stop();
  throw new Error(`The API was not ready within ${readyTimeoutMs} ms; see ${logFile}`);
}
