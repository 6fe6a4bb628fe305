/**
 * `npm run bench:crm`: the CRM's reads under load — order search with filters and the order
 * page — over 100 000 orders, at an even 150 req/s for 60 s (open loop, after a warm-up), as a
 * signed-in Manager. Prints p50/p95/p99 overall and per kind of call, PASS/FAIL against the
 * target (p99 ≤ 150 ms; the spec's SLO is 1 500 ms), and writes a JSON record under bench/results/.
 *
 * Environment: BENCH_DATABASE_URL (else DATABASE_URL, else the local server), BENCH_RATE (150),
 * BENCH_DURATION_S (60), BENCH_ORDERS (100000), BENCH_LOG_LEVEL (info).
 * Exits 1 only when the setup fails: a missed target is a result, not an error.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { freePort, prepareDatabase } from './lib/api-process.mjs';
import { ensureApiFresh, startSeatsApi } from './lib/seats-process.mjs';
import { cpuDelta, cpuSnapshot } from './lib/cpu.mjs';
import { seedOrders } from './lib/crm-fixtures.mjs';
import { runOpenLoop } from './lib/pacer.mjs';
import { summarize } from './lib/stats.mjs';

const ROOT_DIR = path.resolve(import.meta.dirname, '..');
const API_DIR = path.join(ROOT_DIR, 'api');
const RESULTS_DIR = path.join(ROOT_DIR, 'bench/results');
const DATABASE = 'prichal_bench_crm';
const TARGET = { rate: 150, p99Ms: 150, sloP99Ms: 1_500 };
const ADMIN = { email: 'bench.admin@prichal.local', password: 'bench-first-password', changed: 'bench-own-password-2026' };

const number = (name, fallback) => {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!(value > 0)) throw new Error(`${name} must be a positive number, got "${raw}"`);
  return value;
};
const config = {
  serverUrl: process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres',
  orders: number('BENCH_ORDERS', 100_000),
  events: 300,
  rate: number('BENCH_RATE', TARGET.rate),
  durationS: number('BENCH_DURATION_S', 60),
  warmupS: 5,
  logLevel: process.env.BENCH_LOG_LEVEL ?? 'info',
};

async function json(baseUrl, method, route, { token, body } = {}) {
  const res = await fetch(baseUrl + route, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  const text = await res.text();
  if (res.status >= 300) throw new Error(`${method} ${route} answered ${res.status}: ${text.slice(0, 300)}`);
  return JSON.parse(text);
}

/** The first administrator signs in and chooses a password, as a real one would; returns a Manager's token. */
async function managerToken(baseUrl) {
  const first = await json(baseUrl, 'POST', '/api/v1/admin/auth/login', { body: { email: ADMIN.email, password: ADMIN.password } });
  const own = await json(baseUrl, 'POST', '/api/v1/admin/auth/password', {
    token: first.accessToken, body: { currentPassword: ADMIN.password, newPassword: ADMIN.changed },
  });
  const email = `bench.manager.${Date.now()}@prichal.local`;
  const manager = await json(baseUrl, 'POST', '/api/v1/admin/users', {
    token: own.accessToken, body: { email, name: 'Менеджер кассы', role: 'manager', password: 'manager-first-pass', grants: { orders: 'read' } },
  });
  const login = await json(baseUrl, 'POST', '/api/v1/admin/auth/login', { body: { email: manager.email, password: 'manager-first-pass' } });
  const changed = await json(baseUrl, 'POST', '/api/v1/admin/auth/password', {
    token: login.accessToken, body: { currentPassword: 'manager-first-pass', newPassword: 'manager-own-pass-2026' },
  });
  return changed.accessToken;
}

const pick = (list, i) => list[i % list.length];
const moscowDay = (date) => new Date(date.getTime() + 3 * 3_600_000).toISOString().slice(0, 10);

/**
 * The calls, as a CRM shift makes them: half open an order page, half search — newest first,
 * by status, by sailing, by e-mail, by phone, by a name, by order number, by a period sorted
 * by total, the next page of a result. Each kind rotates over many values, so no single row
 * stays hot.
 */
async function buildCalls(db, baseUrl, token) {
  const { rows: orders } = await db.query('SELECT id, number FROM orders ORDER BY md5(id::text) LIMIT 2000');
  const { rows: events } = await db.query("SELECT event_id AS id FROM orders WHERE status = 'PAID' GROUP BY event_id ORDER BY md5(event_id::text) LIMIT 200");
  const { rows: people } = await db.query(
    'SELECT customer_full_name, customer_email, customer_phone FROM orders GROUP BY 1, 2, 3 ORDER BY md5(customer_email) LIMIT 500',
  );
  const customers = people.map((p) => ({ fullName: p.customer_full_name, surname: p.customer_full_name.split(' ')[0], email: p.customer_email, phone: p.customer_phone }));
  const now = new Date();
  const periods = Array.from({ length: 30 }, (_, i) => {
    const from = new Date(now.getTime() - (i * 5 + 7) * 86_400_000);
    return [moscowDay(from), moscowDay(new Date(from.getTime() + 6 * 86_400_000))];
  });
  const nextPages = [];
  for (const status of ['PAID', 'EXPIRED', 'REFUNDED', 'CANCELLED']) {
    const first = await json(baseUrl, 'GET', `/api/v1/admin/orders?status=${status}&limit=25`, { token });
    let cursor = first.nextCursor;
    for (let page = 0; page < 10 && cursor; page += 1) {
      nextPages.push(`/api/v1/admin/orders?status=${status}&limit=25&cursor=${encodeURIComponent(cursor)}`);
      cursor = (await json(baseUrl, 'GET', nextPages.at(-1), { token })).nextCursor;
    }
  }
  const enc = encodeURIComponent;
  const searches = [
    ['newest', () => '/api/v1/admin/orders?limit=25'],
    ['status', (i) => `/api/v1/admin/orders?status=${pick(['PAID', 'PENDING,LOCKED', 'REFUNDED,PARTIALLY_REFUNDED', 'CANCELLED'], i)}&limit=25`],
    ['sailing', (i) => `/api/v1/admin/orders?eventId=${pick(events, i).id}&status=PAID&limit=25`],
    ['email', (i) => `/api/v1/admin/orders?email=${enc(pick(customers, i).email)}`],
    ['phone', (i) => `/api/v1/admin/orders?phone=${enc(`8 921 ${pick(customers, i).phone.slice(5)}`)}`],
    ['q=name', (i) => `/api/v1/admin/orders?q=${enc(`${pick(customers, i).surname.slice(0, 5).toLowerCase()} ${pick(customers, i).fullName.split(' ')[1]}`)}&limit=25`],
    ['q=phone', (i) => `/api/v1/admin/orders?q=${enc(pick(customers, i).phone)}`],
    ['q=number', (i) => `/api/v1/admin/orders?q=${enc(pick(orders, i * 7).number)}`],
    ['period by total', (i) => `/api/v1/admin/orders?dateFrom=${pick(periods, i)[0]}&dateTo=${pick(periods, i)[1]}&sort=-total&limit=25`],
    ['next page', (i) => pick(nextPages, i)],
  ];
  const calls = [];
  for (let i = 0; i < 2_000; i += 1) {
    if (i % 2 === 0) calls.push({ kind: 'order page', path: `/api/v1/admin/orders/${pick(orders, i / 2).id}` });
    else {
      const [kind, make] = searches[((i - 1) / 2) % searches.length];
      calls.push({ kind, path: make(Math.floor(i / 2 / searches.length)) });
    }
  }
  // Every kind answers 200 with something to show before the run; a broken call fails the setup.
  for (const [kind] of [['order page'], ...searches]) {
    const sample = calls.find((c) => c.kind === kind);
    const body = await json(baseUrl, 'GET', sample.path, { token });
    if (kind !== 'order page' && body.items.length === 0) throw new Error(`${kind}: ${sample.path} found no orders`);
  }
  return calls;
}

const ms = (value) => (value === null || value === undefined ? '—' : value.toFixed(1));

function report(run, calls) {
  const byKind = new Map();
  run.samples.forEach((latency, i) => {
    const kind = calls[i % calls.length].kind;
    if (!byKind.has(kind)) byKind.set(kind, []);
    byKind.get(kind).push(latency);
  });
  const rows = [['all', run.latencyMs], ...[...byKind].map(([kind, samples]) => [kind, summarize(samples)])];
  const header = ['call', 'requests', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms'];
  const lines = rows.map(([kind, s]) => [kind, String(s.count), ms(s.p50), ms(s.p95), ms(s.p99), ms(s.max)]);
  const widths = header.map((_, i) => Math.max(...[header, ...lines].map((row) => row[i].length)));
  const line = (row) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  console.log(`\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const row of lines) console.log(line(row));
  return Object.fromEntries(rows);
}

let api;

async function main() {
  const startedAt = new Date();
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const build = ensureApiFresh({ rootDir: ROOT_DIR, apiDir: API_DIR });

  console.log(`Preparing ${DATABASE} (${config.events} sailings, ${config.orders} orders) on ${new URL(config.serverUrl).host} …`);
  const prepared = await prepareDatabase({ serverUrl: config.serverUrl, apiDir: API_DIR, expectedEvents: config.events, database: DATABASE, analyze: false });
  const db = new pg.Client({ connectionString: prepared.databaseUrl });
  await db.connect();
  let counts;
  try {
    const seedStarted = Date.now();
    counts = await seedOrders(db, { orders: config.orders });
    console.log(`  ${counts.orders} orders, ${counts.lines} lines, ${counts.tickets} tickets, ${counts.audit} audit rows in ${((Date.now() - seedStarted) / 1000).toFixed(1)} s`);

    const port = await freePort();
    const logFile = path.join(RESULTS_DIR, 'crm-api-last.log');
    api = await startSeatsApi({
      apiDir: API_DIR,
      logFile,
      env: {
        DATABASE_URL: prepared.databaseUrl, PORT: String(port), LOG_LEVEL: config.logLevel, DB_POOL_SIZE: '10',
        ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password,
      },
    });
    const token = await managerToken(api.baseUrl);
    const calls = await buildCalls(db, api.baseUrl, token);
    const load = { host: '127.0.0.1', port, paths: calls.map((c) => c.path), rate: config.rate, headers: { authorization: `Bearer ${token}` } };

    console.log(`Warm-up ${config.warmupS} s, then ${config.rate} req/s × ${config.durationS} s (half order pages, half searches of ${new Set(calls.map((c) => c.kind)).size - 1} kinds) …`);
    await runOpenLoop({ ...load, durationS: config.warmupS });
    const before = cpuSnapshot(api.pid, DATABASE);
    const run = await runOpenLoop({ ...load, durationS: config.durationS, keepSamples: true });
    const cpu = cpuDelta(before, cpuSnapshot(api.pid, DATABASE));
    await api.stop();

    const failed = run.notOk + run.errors + run.unfinished;
    const perKind = report(run, calls);
    console.log(`${run.ok} OK, ${failed} failed (statuses ${JSON.stringify(run.otherStatuses)}, errors ${JSON.stringify(run.errorCodes)}), ${run.achievedRps.toFixed(1)} req/s achieved`);
    if (cpu) console.log(`CPU in cores (of ${os.cpus().length}): API ${cpu.apiCores}, PostgreSQL ${cpu.postgresCores}, load generator ${cpu.loadGeneratorCores}, other ${cpu.otherCores}; machine ${cpu.machineBusyPct}% busy`);

    const p99 = run.latencyMs.p99;
    const judged = config.rate === TARGET.rate && config.orders === 100_000;
    const verdicts = [
      { target: `p99 ≤ ${TARGET.p99Ms} ms at ${TARGET.rate} req/s over 100 000 orders, no failures`, limit: TARGET.p99Ms },
      { target: `spec SLO: p99 ≤ ${TARGET.sloP99Ms} ms`, limit: TARGET.sloP99Ms },
    ].map((v) => ({
      target: v.target,
      measured: `p99 ${ms(p99)} ms${failed ? `, ${failed} failed` : ''}`,
      verdict: judged ? (failed === 0 && p99 !== null && p99 <= v.limit ? 'PASS' : 'FAIL') : `N/A (ran at ${config.rate} req/s, ${config.orders} orders)`,
    }));
    console.log('\nTargets');
    for (const v of verdicts) console.log(`  ${v.verdict.padEnd(4)}  ${v.target} — ${v.measured}`);

    const { samples: _samples, ...openLoop } = run;
    const record = {
      startedAt: startedAt.toISOString(),
      config: { ...config, serverUrl: undefined, server: new URL(config.serverUrl).host, database: DATABASE },
      machine: {
        cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryGiB: Math.round(os.totalmem() / 2 ** 30),
        platform: `${os.type()} ${os.release()} ${os.arch()}`, node: process.version, postgres: prepared.postgresVersion,
      },
      apiBuild: build,
      apiLog: path.relative(ROOT_DIR, logFile),
      data: counts,
      openLoop,
      perKind,
      cpu,
      targets: verdicts,
    };
    const out = path.join(RESULTS_DIR, `crm-${startedAt.toISOString().replace(/[:.]/g, '-')}.json`);
    fs.writeFileSync(out, `${JSON.stringify(record, null, 2)}\n`);
    console.log(`\nResults: ${path.relative(process.cwd(), out)}`);
  } finally {
    await db.end();
  }
}

// Whatever happens, the API child must not outlive the benchmark.
process.on('exit', () => api?.killNow());
process.once('SIGINT', () => process.exit(130));

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`bench:crm failed: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  },
);
