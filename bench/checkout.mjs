/**
 * `npm run bench:checkout`: whole purchases at an even 20 per second for 60 s (lock → order →
 * payment at YooKassa → pay on its page → webhook → PAID) while the catalog takes 600 req/s
 * beside them, against a real PostgreSQL holding 1 000 seated sailings. The API runs in
 * production mode against the YooKassa emulator served as a process of its own, so the
 * emulator's time can be measured apart (its own POST /payments latency is reported).
 *
 * Environment: BENCH_DATABASE_URL (else DATABASE_URL, else the local server), BENCH_CHECKOUTS_PER_S
 * (20), BENCH_DURATION_S (60), BENCH_CATALOG_RATE (600).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { performance } from 'node:perf_hooks';
import { BENCH_DATABASE, ensureApiBuilt, freePort, prepareDatabase, startApi } from './lib/api-process.mjs';
import { checkoutOnce, jsonClient } from './lib/checkout-flow.mjs';
import { cpuDelta, cpuSnapshot } from './lib/cpu.mjs';
import { runOpenLoop } from './lib/pacer.mjs';
import { summarize } from './lib/stats.mjs';

const ROOT_DIR = path.resolve(import.meta.dirname, '..');
const API_DIR = path.join(ROOT_DIR, 'api');
const RESULTS_DIR = path.join(ROOT_DIR, 'bench/results');
const SHOP = { id: 'bench-shop', secret: 'bench-secret-key' };
const TARGET_P99_MS = 150;

const number = (name, fallback) => (process.env[name] ? Number(process.env[name]) : fallback);
const checkoutsPerS = number('BENCH_CHECKOUTS_PER_S', 20);
const durationS = number('BENCH_DURATION_S', 60);
const catalogRate = number('BENCH_CATALOG_RATE', 600);
const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** The emulator in a process of its own; resolves with its URL once it listens. */
function startEmulator(webhookUrl) {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'src/scripts/serve-yookassa-emulator.ts'], {
    cwd: API_DIR,
    env: { ...process.env, YOOKASSA_SHOP_ID: SHOP.id, YOOKASSA_SECRET_KEY: SHOP.secret, YOOKASSA_WEBHOOK_URL: webhookUrl },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (line.startsWith('ready ')) resolve({ child, url: line.slice(6) });
    });
    child.once('exit', (code) => reject(new Error(`emulator exited with ${code}`)));
  });
}

/** Sailings and free seats to buy, one seat per checkout. */
async function seatsToBuy(api, count) {
  const seats = [];
  let cursor = null;
  while (seats.length < count) {
    const page = await api('GET', `/api/v1/events?limit=100${cursor ? `&cursor=${cursor}` : ''}`);
    for (const event of page.body.items) {
      const layout = await api('GET', `/api/v1/events/${event.id}/seat-layout`);
      const codes = layout.body.decks.flatMap((d) => d.sections.flatMap((s) => s.rows.flatMap((r) => r.seats.map((seat) => seat.seatCode))));
      codes.slice(0, 20).forEach((seatCode) => seats.push({ eventId: event.id, seatCode }));
    }
    cursor = page.body.nextCursor;
    if (!cursor) break;
  }
  return seats.slice(0, count);
}

async function main() {
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  ensureApiBuilt({ rootDir: ROOT_DIR, apiDir: API_DIR });
  console.log(`Preparing ${BENCH_DATABASE} (1 000 seated sailings) …`);
  const { databaseUrl } = await prepareDatabase({ serverUrl, apiDir: API_DIR, expectedEvents: 1000 });
  const port = await freePort();
  const apiUrl = `http://127.0.0.1:${port}`;
  const emulator = await startEmulator(`${apiUrl}/api/v1/payments/yookassa/webhook`);
  Object.assign(process.env, {
    YOOKASSA_SHOP_ID: SHOP.id,
    YOOKASSA_SECRET_KEY: SHOP.secret,
    YOOKASSA_API_URL: `${emulator.url}/yookassa/v3/`,
    YOOKASSA_WEBHOOK_IPS: '127.0.0.1',
    PUBLIC_BASE_URL: apiUrl,
  });
  const logFile = path.join(RESULTS_DIR, 'checkout-api-last.log');
  const server = await startApi({ apiDir: API_DIR, databaseUrl, port, logFile });
  try {
    const api = jsonClient(apiUrl, 256);
    const yookassa = jsonClient(emulator.url, 64);
    const total = Math.round(checkoutsPerS * durationS);
    const seats = await seatsToBuy(api, total + Math.round(checkoutsPerS * Math.min(10, durationS)) + 10);
    console.log(`API on ${apiUrl}, emulator on ${emulator.url}; ${seats.length} seats to buy`);

    // The emulator's own time for creating a payment, measured directly.
    const auth = `Basic ${Buffer.from(`${SHOP.id}:${SHOP.secret}`).toString('base64')}`;
    const emulatorTimes = [];
    for (let i = 0; i < 200; i += 1) {
      const res = await yookassa('POST', '/yookassa/v3/payments', {
        amount: { value: '100.00', currency: 'RUB' }, capture: true, confirmation: { type: 'redirect', return_url: 'https://example.ru' },
        receipt: { customer: { email: 'a@example.ru' }, items: [{ description: 'x', quantity: 1, amount: { value: '100.00', currency: 'RUB' }, vat_code: 4, payment_mode: 'full_payment', payment_subject: 'service' }] },
      }, { authorization: auth, 'idempotence-key': `direct-${i}-${Date.now()}` });
      if (res.status === 200) emulatorTimes.push(res.ms);
    }

    const ids = [...new Set(seats.map((s) => s.eventId))];
    const catalogPaths = ids.flatMap((id) => [`/api/v1/events/${id}`, '/api/v1/events?limit=20']);
    /** Both loads side by side: catalog open-loop, checkouts started on an even schedule. */
    const runLoads = async (buying, seconds) => {
      const catalog = runOpenLoop({ host: '127.0.0.1', port, paths: catalogPaths, rate: catalogRate, durationS: seconds });
      const results = [];
      const started = performance.now();
      const runs = [];
      for (let i = 0; i < buying.length; i += 1) {
        const wait = started + (i * 1000) / checkoutsPerS - performance.now();
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
        runs.push(checkoutOnce({ api, emulator: yookassa, ...buying[i] }).then((r) => results.push(r), (e) => results.push({ failed: String(e) })));
      }
      await Promise.all(runs);
      return { results, catalogResult: await catalog };
    };

    // Warm-up at full load (JIT, prepared statements on every pooled connection), discarded.
    const warmupS = Math.min(10, durationS);
    await runLoads(seats.splice(0, Math.round(checkoutsPerS * warmupS)), warmupS);
    const cpuBefore = cpuSnapshot(server.pid, BENCH_DATABASE);
    const { results, catalogResult } = await runLoads(seats.slice(0, total), durationS);
    const cpu = cpuDelta(cpuBefore, cpuSnapshot(server.pid, BENCH_DATABASE));

    const ok = results.filter((r) => !r.failed);
    const failures = results.filter((r) => r.failed).map((r) => r.failed);
    const step = (key) => summarize(ok.map((r) => r[key]));
    const report = {
      startedAt: new Date().toISOString(),
      config: { checkoutsPerS, durationS, catalogRate, nodeEnv: 'production', logLevel: 'info' },
      machine: { cpus: os.cpus().length, node: process.version },
      checkouts: { attempted: total, succeeded: ok.length, failed: failures.length, failures: failures.slice(0, 10) },
      steps: { lock: step('lockMs'), order: step('orderMs'), payment: step('paymentMs'), payToPaid: step('paidMs') },
      emulatorOwnPaymentCreate: summarize(emulatorTimes),
      catalog: { achievedRps: catalogResult.achievedRps, latencyMs: catalogResult.latencyMs, notOk: catalogResult.notOk, errors: catalogResult.errors },
      cpu,
    };
    const fmt = (s) => `p50 ${s.p50.toFixed(1)} · p95 ${s.p95.toFixed(1)} · p99 ${s.p99.toFixed(1)} · max ${s.max.toFixed(1)} ms`;
    console.log(`\nCheckouts: ${ok.length}/${total} succeeded${failures.length ? `; failures: ${[...new Set(failures)].slice(0, 5).join('; ')}` : ''}`);
    for (const [name, stats] of Object.entries(report.steps)) console.log(`  ${name.padEnd(10)} ${fmt(stats)}`);
    console.log(`  emulator's own POST /payments: ${fmt(report.emulatorOwnPaymentCreate)}`);
    console.log(`Catalog beside it: ${catalogResult.achievedRps.toFixed(0)} req/s, ${fmt(catalogResult.latencyMs)}`);
    if (cpu) {
      // The emulator is a process of its own, so its share is part of "anything else".
      console.log(`CPU in cores (of ${os.cpus().length}): API ${cpu.apiCores} · PostgreSQL ${cpu.postgresCores} · load generator ${cpu.loadGeneratorCores} · emulator and anything else ${cpu.otherCores}; machine busy ${cpu.machineBusyPct}%`);
    }
    const orderPass = report.steps.order.p99 <= TARGET_P99_MS;
    const paymentOwn = report.steps.payment.p99 - report.emulatorOwnPaymentCreate.p99;
    console.log(`${orderPass ? 'PASS' : 'FAIL'}  order creation p99 ≤ ${TARGET_P99_MS} ms — ${report.steps.order.p99.toFixed(1)} ms`);
    console.log(`${paymentOwn <= TARGET_P99_MS ? 'PASS' : 'FAIL'}  payment creation p99 excluding the emulator ≤ ${TARGET_P99_MS} ms — ${report.steps.payment.p99.toFixed(1)} − ${report.emulatorOwnPaymentCreate.p99.toFixed(1)} = ${paymentOwn.toFixed(1)} ms`);
    const file = path.join(RESULTS_DIR, `checkout-${report.startedAt.replace(/[:.]/g, '-')}.json`);
    fs.writeFileSync(file, JSON.stringify(report, null, 2));
    console.log(`\nResults: ${path.relative(ROOT_DIR, file)}`);
  } finally {
    await server.stop();
    emulator.child.kill('SIGTERM');
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
