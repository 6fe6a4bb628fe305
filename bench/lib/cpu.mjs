import fs from 'node:fs';
import os from 'node:os';
import { performance } from 'node:perf_hooks';

/**
 * Where the CPU went during a run: the API process, the PostgreSQL server's share, this load
 * generator, and everything else on the machine. They all share one small machine, so a
 * latency target is only meaningful next to how saturated it was. Read from /proc before and
 * after a run (never during it); on a system without /proc the figures are null.
 */

function readTicks(pid) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the parenthesised command name; utime and stime are the 12th and 13th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return null;
  }
}

// A client backend's title reads "postgres: 15/main: user database host(port) state".
const CLIENT_BACKEND = /\(\d+\)|\[local\]/;

/**
 * The PostgreSQL server's processes that work for the benchmark: its background processes and
 * the backends of `database`. Backends of other databases (a test suite sharing the server)
 * belong to "other", where they show up as a disturbance rather than as the benchmark's cost.
 */
function postgresPids(database) {
  const pids = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (fs.readFileSync(`/proc/${entry}/comm`, 'utf8').trim() !== 'postgres') continue;
      const title = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (!CLIENT_BACKEND.test(title) || title.includes(` ${database} `)) pids.push(entry);
    } catch {
      // The process ended between listing and reading.
    }
  }
  return pids;
}

/** CPU counters now; `apiPid` is the API child process, `database` the one it uses. */
export function cpuSnapshot(apiPid, database) {
  if (!fs.existsSync('/proc/stat')) return null;
  const [, ...counters] = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).map(Number);
  const [user, nice, system, idle, iowait, irq, softirq, steal] = counters;
  const postgres = new Map(postgresPids(database).map((pid) => [pid, readTicks(pid)]));
  return {
    total: user + nice + system + idle + iowait + irq + softirq + steal,
    idle: idle + iowait,
    api: readTicks(apiPid),
    postgres,
    benchUs: process.cpuUsage(),
    wallMs: performance.now(),
  };
}

/**
 * Usage between two snapshots in cores (1.0 = one core busy the whole time) and the machine's
 * busy share. PostgreSQL backends started during the run count from zero.
 */
export function cpuDelta(before, after) {
  if (!before || !after) return null;
  const cpus = os.cpus().length;
  const ticksPerCore = (after.total - before.total) / cpus;
  if (ticksPerCore <= 0) return null;
  let postgresTicks = 0;
  for (const [pid, ticks] of after.postgres) {
    if (ticks !== null) postgresTicks += ticks - (before.postgres.get(pid) ?? 0);
  }
  const bench = process.cpuUsage(before.benchUs);
  const busy = 1 - (after.idle - before.idle) / (after.total - before.total);
  const api = (after.api - before.api) / ticksPerCore;
  const postgres = postgresTicks / ticksPerCore;
  const loadGenerator = (bench.user + bench.system) / 1000 / (after.wallMs - before.wallMs);
  const round = (value) => Math.round(value * 100) / 100;
  return {
    cores: cpus,
    machineBusyPct: Math.round(busy * 100),
    apiCores: round(api),
    postgresCores: round(postgres),
    loadGeneratorCores: round(loadGenerator),
    // Anything else on the machine (the kernel's network work included): a large share here
    // means a neighbour disturbed the run.
    otherCores: round(Math.max(0, busy * cpus - api - postgres - loadGenerator)),
  };
}
