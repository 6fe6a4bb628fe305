/**
 * The seat benchmark's side of the processes: its own database (`prichal_bench_seats`, seeded
 * with 20 sailings rather than the catalog benchmark's 1 000), a fresh API build, and the API
 * started with the extra environment the seat paths need (Redis, a bus prefix of its own, hold
 * settings). The database is prepared by lib/api-process.mjs's prepareDatabase.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { apiNodeArgs, prepareDatabase } from './api-process.mjs';

export const SEATS_DATABASE = 'prichal_bench_seats';

/** The URL of `database` on the server `serverUrl` names (user, password, host kept). */
export function databaseUrl(serverUrl, database) {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/**
 * Drops and recreates `prichal_bench_seats` on the server, then runs the catalog seeder into it
 * (migrations, the demo catalog's piers, routes, vessels with seat maps, `events` sailings).
 * Statistics are taken later, once the seat fixtures exist.
 */
export async function prepareSeatsDatabase({ serverUrl, apiDir, events = 20 }) {
  const prepared = await prepareDatabase({ serverUrl, apiDir, expectedEvents: events, database: SEATS_DATABASE, analyze: false });
  return { databaseUrl: prepared.databaseUrl, postgresVersion: prepared.postgresVersion };
}

/** TypeScript sources of the API newer than its build (tests excluded). */
function staleSources(apiDir, builtAt) {
  const srcDir = path.join(apiDir, 'src');
  return fs
    .readdirSync(srcDir, { recursive: true })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !file.startsWith('test'))
    .filter((file) => fs.statSync(path.join(srcDir, file)).mtimeMs > builtAt);
}

/**
 * Builds the API when there is no build or when a source is newer than it, so the numbers
 * describe the code in the tree.
 */
export function ensureApiFresh({ rootDir, apiDir }) {
  const entry = path.join(apiDir, 'dist/main.js');
  const newer = fs.existsSync(entry) ? staleSources(apiDir, fs.statSync(entry).mtimeMs) : ['(no build)'];
  if (newer.length === 0) return { built: false, builtAt: fs.statSync(entry).mtime.toISOString() };
  console.log(`Building the API (newer than the build: ${newer.slice(0, 5).join(', ')}${newer.length > 5 ? ', …' : ''}) …`);
  const build = spawnSync('npm', ['run', 'build', '-w', 'api'], { cwd: rootDir, stdio: 'inherit' });
  // tsc still emits on type errors, so the build's own output is what decides.
  if (!fs.existsSync(entry) || staleSources(apiDir, fs.statSync(entry).mtimeMs).length > 0) {
    throw new Error(`npm run build -w api left no fresh ${entry} (exit ${build.status})`);
  }
  return { built: true, buildExit: build.status, builtAt: fs.statSync(entry).mtime.toISOString(), newerSources: newer };
}

/**
 * Starts `node api/dist/main.js` with `env` on top of the benchmark's defaults, its output in
 * `logFile`, and resolves once GET /readyz answers 200.
 */
export async function startSeatsApi({ apiDir, env, logFile, readyTimeoutMs = 30_000 }) {
  const log = fs.openSync(logFile, 'w');
  const child = spawn(process.execPath, [...apiNodeArgs(), path.join(apiDir, 'dist/main.js')], {
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      NODE_ENV: 'production',
      // Production requires a signing secret; any fixed one does for a benchmark.
      APP_SECRET: process.env.APP_SECRET ?? 'bench-secret-0123456789abcdef0123456789',
      DEMO_CATALOG: 'false',
      SERVE_SPA: 'false',
      ...env,
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
  const baseUrl = `http://${env.HOST ?? '127.0.0.1'}:${env.PORT}`;
  const deadline = Date.now() + readyTimeoutMs;
  while (Date.now() < deadline) {
    if (exit) throw new Error(`The API exited before it was ready (${JSON.stringify(exit)}); see ${logFile}`);
    try {
      const res = await fetch(`${baseUrl}/readyz`);
      if (res.status === 200) return { baseUrl, pid: child.pid, stop, killNow: () => exit || child.kill('SIGKILL') };
    } catch {
      // Not listening yet.
    }
    await sleep(200);
  }
  await stop();
  throw new Error(`The API was not ready within ${readyTimeoutMs} ms (is Redis up?); see ${logFile}`);
}

/** Resident memory of a process in MiB, from /proc/<pid>/status (null without /proc). */
export function rssMiB(pid) {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Math.round((Number(match[1]) / 1024) * 10) / 10 : null;
  } catch {
    return null;
  }
}

/** The soft limit on open files of this process (the API inherits it), or null. */
export function openFileLimit() {
  try {
    const line = fs.readFileSync('/proc/self/limits', 'utf8').split('\n').find((l) => l.startsWith('Max open files'));
    const soft = line?.split(/\s{2,}/)[1];
    return soft === 'unlimited' ? Infinity : Number(soft);
  } catch {
    return null;
  }
}

/** Kernel counters of connections refused or dropped because a listen queue was full. */
export function listenQueueCounters() {
  try {
    const lines = fs.readFileSync('/proc/net/netstat', 'utf8').split('\n').filter((l) => l.startsWith('TcpExt:'));
    const [names, values] = lines.map((l) => l.split(/\s+/).slice(1));
    const at = (name) => Number(values[names.indexOf(name)]);
    return { listenOverflows: at('ListenOverflows'), listenDrops: at('ListenDrops') };
  } catch {
    return null;
  }
}

/** Another benchmark sharing the machine, by its command line; empty when the machine is free. */
export function otherBenchmarks() {
  const found = spawnSync('pgrep', ['-f', 'bench/catalog.mjs'], { encoding: 'utf8' });
  return found.stdout.trim().split('\n').filter(Boolean).filter((pid) => Number(pid) !== process.pid);
}

/**
 * Waits until no other benchmark (bench/catalog.mjs) runs: two benchmarks on the same two
 * cores would measure each other. Returns how long it waited, in seconds.
 */
export async function waitForQuietMachine(label, maxWaitS = 3_600) {
  const started = Date.now();
  let told = false;
  while (otherBenchmarks().length > 0) {
    if (!told) {
      console.log(`  (${label}: bench/catalog.mjs is running; waiting for it to finish …)`);
      told = true;
    }
    if (Date.now() - started > maxWaitS * 1000) throw new Error('Another benchmark kept running for an hour');
    await sleep(5_000);
  }
  return Math.round((Date.now() - started) / 1000);
}
