/**
 * `npm run bench:catalog`: the public catalog under load, against a real PostgreSQL holding
 * 1 000 seated sailings. For each call, an open-loop run at a fixed rate (latency as a buyer
 * sees it, queueing included) and a closed-loop run at maximum throughput (autocannon), then
 * a table, PASS/FAIL against the targets, and a JSON record under bench/results/.
 *
 * Environment: BENCH_DATABASE_URL (else DATABASE_URL, else postgres://postgres@127.0.0.1:5432/postgres)
 * names the server; BENCH_RATE (600) and BENCH_DURATION_S (30) shape the open-loop run, the
 * maximum-throughput run lasts half as long and the warm-up min(5 s, BENCH_DURATION_S);
 * BENCH_LOG_LEVEL (info) sets the API's LOG_LEVEL, to price the request log.
 *
 * Exits 1 only when the setup fails: a missed target is a result, not an error.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';
import { BENCH_DATABASE, ensureApiBuilt, freePort, prepareDatabase, startApi } from './lib/api-process.mjs';
import { cpuDelta, cpuSnapshot } from './lib/cpu.mjs';
import { runOpenLoop } from './lib/pacer.mjs';
import { summarize } from './lib/stats.mjs';

const ROOT_DIR = path.resolve(import.meta.dirname, '..');
const API_DIR = path.join(ROOT_DIR, 'api');
const RESULTS_DIR = path.join(ROOT_DIR, 'bench/results');

const TARGETS = { rate: 600, p99Ms: 25, eventByIdRps: 2_000 };
// CPU used outside the API, PostgreSQL and the load generator above which a run is suspect;
// a quiet machine shows a few hundredths (kernel threads, the platform's idle services).
const DISTURBED_CORES = 0.1;

function positiveNumber(name, fallback) {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!(value > 0)) throw new Error(`${name} must be a positive number, got "${raw}"`);
  return value;
}

const durationS = positiveNumber('BENCH_DURATION_S', 30);
const config = {
  serverUrl: process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres',
  events: 1_000,
  rotatingIds: 200,
  rate: positiveNumber('BENCH_RATE', TARGETS.rate),
  durationS,
  warmupS: Math.min(5, durationS),
  maxDurationS: Math.max(1, Math.round(durationS / 2)),
  connections: 50,
  logLevel: process.env.BENCH_LOG_LEVEL ?? 'info',
};

/** Real sailing ids, paged out of the list endpoint the way a client would. */
async function fetchEventIds(baseUrl, wanted) {
  const ids = [];
  let cursor = null;
  do {
    const query = `limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const res = await fetch(`${baseUrl}/api/v1/events?${query}`);
    if (res.status !== 200) throw new Error(`GET /api/v1/events?${query} answered ${res.status}`);
    const page = await res.json();
    ids.push(...page.items.map((item) => item.id));
    cursor = page.nextCursor;
  } while (cursor && ids.length < wanted);
  if (ids.length < wanted) throw new Error(`The catalog lists only ${ids.length} sailings, ${wanted} wanted`);
  return ids.slice(0, wanted);
}

/** The three calls, each checked once so a broken endpoint fails the setup, not the run. */
async function pickCalls(baseUrl) {
  const ids = await fetchEventIds(baseUrl, config.rotatingIds);
  const calls = [
    { name: 'GET /events (first page)', paths: ['/api/v1/events?limit=20'] },
    { name: 'GET /events?q=петергоф', paths: [`/api/v1/events?q=${encodeURIComponent('петергоф')}&limit=20`] },
    { name: `GET /events/{id} (${ids.length} ids)`, paths: ids.map((id) => `/api/v1/events/${id}`) },
  ];
  for (const call of calls) {
    const res = await fetch(baseUrl + call.paths[0]);
    const body = await res.text();
    if (res.status !== 200) throw new Error(`${call.paths[0]} answered ${res.status}: ${body.slice(0, 300)}`);
    call.sample = { bytes: Buffer.byteLength(body), items: JSON.parse(body).items?.length ?? null };
  }
  return calls;
}

/** Closed loop: `connections` clients, each sending its next request as soon as one returns. */
async function runMaxThroughput(baseUrl, call) {
  const latencies = [];
  const instance = autocannon({
    url: baseUrl,
    connections: config.connections,
    pipelining: 1,
    duration: config.maxDurationS,
    requests: call.paths.map((p) => ({ method: 'GET', path: p })),
  });
  // autocannon's own percentiles skip p95; keep the samples to summarise like the open loop.
  instance.on('response', (_client, _status, _bytes, responseTimeMs) => latencies.push(responseTimeMs));
  const result = await instance;
  return {
    mode: 'max',
    connections: config.connections,
    durationS: config.maxDurationS,
    ok: result['2xx'],
    notOk: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    achievedRps: result.requests.average,
    latencyMs: summarize(latencies),
  };
}

/** Runs `work` between two CPU snapshots and attaches where the CPU went. */
async function withCpu(apiPid, work) {
  const before = cpuSnapshot(apiPid, BENCH_DATABASE);
  const result = await work();
  return { ...result, cpu: cpuDelta(before, cpuSnapshot(apiPid, BENCH_DATABASE)) };
}

const failedOf = (run) => run.notOk + run.errors + (run.unfinished ?? 0);
const requestsOf = (run) => run.ok + failedOf(run);
const ms = (value) => (value === null ? '—' : value.toFixed(1));

function printTable(results) {
  const header = ['call', 'mode', 'requests', 'errors', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms', 'CPU api/pg/gen/other', 'busy'];
  const rows = results.flatMap(({ call, openLoop, max }) =>
    [openLoop, max].map((run) => [
      call,
      run.mode === 'open-loop' ? `open ${run.rate}/s ${run.durationS}s` : `max c${run.connections} ${run.durationS}s`,
      String(requestsOf(run)),
      String(failedOf(run)),
      run.achievedRps.toFixed(0),
      ms(run.latencyMs.p50),
      ms(run.latencyMs.p95),
      ms(run.latencyMs.p99),
      ms(run.latencyMs.max),
      run.cpu ? [run.cpu.apiCores, run.cpu.postgresCores, run.cpu.loadGeneratorCores, run.cpu.otherCores].map((c) => c.toFixed(2)).join('/') : '—',
      run.cpu ? `${run.cpu.machineBusyPct}%` : '—',
    ]),
  );
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((row) => row[i].length)));
  const line = (row) => row.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  console.log(`\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const row of rows) console.log(line(row));
  console.log('CPU in cores (of %d): the API process / PostgreSQL / this load generator / anything else; busy = whole machine.', os.cpus().length);
  for (const { call, openLoop, max } of results) {
    const lag = openLoop.dispatchLagMs;
    console.log(`  ${call}: open-loop sender lag mean ${lag.mean.toFixed(2)} ms, max ${lag.max.toFixed(1)} ms (inside the latencies above)`);
    if (failedOf(openLoop) > 0) {
      console.log(`    open-loop failures: statuses ${JSON.stringify(openLoop.otherStatuses)}, errors ${JSON.stringify(openLoop.errorCodes)}, unfinished ${openLoop.unfinished}`);
    }
    if (failedOf(max) > 0) console.log(`    max failures: non-2xx ${max.notOk}, errors ${max.errors} (timeouts ${max.timeouts})`);
  }
  const disturbed = results.flatMap(({ call, openLoop, max }) =>
    [openLoop, max].filter((run) => run.cpu && run.cpu.otherCores > DISTURBED_CORES).map((run) => `${call} (${run.mode}: ${run.cpu.otherCores} cores)`));
  if (disturbed.length > 0) {
    console.warn(`warning: other processes used CPU during ${disturbed.join(', ')}; those numbers are not the API's alone, run again on a quiet machine`);
  }
}

function judgeTargets(results) {
  const verdicts = results.map(({ call, openLoop }) => {
    const failed = failedOf(openLoop);
    const p99 = openLoop.latencyMs.p99;
    const pass = failed === 0 && p99 !== null && p99 <= TARGETS.p99Ms;
    return {
      target: `${call}: p99 ≤ ${TARGETS.p99Ms} ms at ${TARGETS.rate} req/s`,
      measured: `p99 ${ms(p99)} ms${failed ? `, ${failed} failed requests` : ''}`,
      verdict: config.rate === TARGETS.rate ? (pass ? 'PASS' : 'FAIL') : `N/A (ran at ${config.rate} req/s)`,
    };
  });
  const byId = results.at(-1);
  verdicts.push({
    target: `${byId.call}: max throughput ≥ ${TARGETS.eventByIdRps} req/s`,
    measured: `${byId.max.achievedRps.toFixed(0)} req/s`,
    verdict: byId.max.achievedRps >= TARGETS.eventByIdRps ? 'PASS' : 'FAIL',
  });
  console.log('\nTargets');
  for (const v of verdicts) console.log(`  ${v.verdict.padEnd(4)}  ${v.target} — ${v.measured}`);
  return verdicts;
}

let api;

async function main() {
  const startedAt = new Date();
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const stamp = startedAt.toISOString().replace(/[:.]/g, '-');

  const build = ensureApiBuilt({ rootDir: ROOT_DIR, apiDir: API_DIR });
  if (build.stale) {
    console.warn(`warning: api/dist is older than ${build.newerSources.join(', ')}; run \`npm run build -w api\` to bench the current code`);
  }

  console.log(`Preparing ${BENCH_DATABASE} (${config.events} sailings) on ${new URL(config.serverUrl).host} …`);
  const db = await prepareDatabase({ serverUrl: config.serverUrl, apiDir: API_DIR, expectedEvents: config.events });

  const logFile = path.join(RESULTS_DIR, 'api-last.log');
  const port = await freePort();
  api = await startApi({ apiDir: API_DIR, databaseUrl: db.databaseUrl, port, logFile });
  const calls = await pickCalls(api.baseUrl);
  for (const call of calls) console.log(`  ${call.name}: ${call.sample.bytes} bytes${call.sample.items === null ? '' : `, ${call.sample.items} items`}`);

  const results = [];
  for (const call of calls) {
    const load = { host: '127.0.0.1', port, paths: call.paths, rate: config.rate };
    console.log(`${call.name}: warm-up ${config.warmupS} s, open loop ${config.rate} req/s × ${config.durationS} s, max ${config.connections} connections × ${config.maxDurationS} s …`);
    // Warm-up lets V8 optimise the handlers and PostgreSQL cache the plans and pages first.
    await runOpenLoop({ ...load, durationS: config.warmupS });
    const openLoop = await withCpu(api.pid, () => runOpenLoop({ ...load, durationS: config.durationS }));
    await sleep(1_000);
    const max = await withCpu(api.pid, () => runMaxThroughput(api.baseUrl, call));
    await sleep(1_000);
    results.push({ call: call.name, sample: call.sample, openLoop, max });
  }
  await api.stop();

  printTable(results);
  const targets = judgeTargets(results);

  const record = {
    startedAt: startedAt.toISOString(),
    // The server's host only: a URL may carry a password.
    config: { ...config, serverUrl: undefined, server: new URL(config.serverUrl).host, database: BENCH_DATABASE },
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model,
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      platform: `${os.type()} ${os.release()} ${os.arch()}`,
      node: process.version,
      postgres: db.postgresVersion,
    },
    apiBuild: build,
    apiLog: path.relative(ROOT_DIR, logFile),
    results,
    targets,
  };
  const out = path.join(RESULTS_DIR, `catalog-${stamp}.json`);
  fs.writeFileSync(out, `${JSON.stringify(record, null, 2)}\n`);
  console.log(`\nResults: ${path.relative(process.cwd(), out)}`);
}

// Whatever happens, the API child must not outlive the benchmark.
process.on('exit', () => api?.killNow());
process.once('SIGINT', () => process.exit(130));

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`bench:catalog failed: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  },
);
