/**
 * lib/cpu.mjs's accounting (API, PostgreSQL, load generator, other) with two more shares taken
 * out of "other": Redis, since every seat change crosses its pub/sub, and the kernel's interrupt
 * work (irq + softirq time and the ksoftirqd threads), where loopback network traffic is
 * processed; thousands of streams make that visible.
 */
import fs from 'node:fs';
import os from 'node:os';
import { cpuDelta, cpuSnapshot } from './cpu.mjs';

/** CPU ticks of the Redis server and of the kernel's softirq threads (network work). */
function serviceTicks() {
  let redis = 0;
  let ksoftirqd = 0;
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const comm = fs.readFileSync(`/proc/${entry}/comm`, 'utf8').trim();
      const isRedis = comm === 'redis-server';
      if (!isRedis && !comm.startsWith('ksoftirqd/')) continue;
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ticks = Number(fields[11]) + Number(fields[12]);
      if (isRedis) redis += ticks;
      else ksoftirqd += ticks;
    } catch {
      // Gone meanwhile.
    }
  }
  return { redis, ksoftirqd };
}

/** The machine's total ticks and those spent serving interrupts (irq + softirq). */
function machineTicks() {
  const [, ...counters] = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).map(Number);
  return { total: counters.slice(0, 8).reduce((a, b) => a + b, 0), irq: counters[5] + counters[6] };
}

export function seatsCpuSnapshot(apiPid, database) {
  const base = cpuSnapshot(apiPid, database);
  if (!base) return null;
  return { base, ...serviceTicks(), ...machineTicks() };
}

/** Cores used between two snapshots: api, postgres, redis, load generator, other. */
export function seatsCpuDelta(before, after) {
  if (!before || !after) return null;
  const delta = cpuDelta(before.base, after.base);
  if (!delta) return null;
  const ticksPerCore = (after.total - before.total) / os.cpus().length;
  const cores = (ticks) => Math.round((ticks / ticksPerCore) * 100) / 100;
  const redisCores = cores(after.redis - before.redis);
  // Loopback traffic is processed in softirq context: counted apart, it is the network's cost
  // (mostly the fan-out's), not a neighbour's.
  const kernelNetCores = cores(after.irq - before.irq + after.ksoftirqd - before.ksoftirqd);
  return {
    ...delta,
    redisCores,
    kernelNetCores,
    otherCores: Math.max(0, Math.round((delta.otherCores - redisCores - kernelNetCores) * 100) / 100),
  };
}

export function formatCpu(cpu) {
  if (!cpu) return 'n/a';
  return `api ${cpu.apiCores.toFixed(2)} · postgres ${cpu.postgresCores.toFixed(2)} · redis ${cpu.redisCores.toFixed(2)} · ` +
    `load generator ${cpu.loadGeneratorCores.toFixed(2)} · kernel irq ${cpu.kernelNetCores.toFixed(2)} · other ${cpu.otherCores.toFixed(2)} (of ${cpu.cores} cores; machine ${cpu.machineBusyPct}% busy)`;
}
