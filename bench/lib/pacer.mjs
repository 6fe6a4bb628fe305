import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { summarize } from './stats.mjs';

/**
 * Open-loop load: request i is due at t0 + i·(1000/rate) ms whatever happened to the earlier
 * ones, and its latency runs from that scheduled instant to the end of the response. A slow
 * server therefore cannot slow the sender down and hide its own queueing (coordinated
 * omission): a request that waits for a socket, or behind a stalled one, is charged the wait.
 *
 * Requests rotate over `paths`. Only 2xx and 304 count as OK; other statuses are tallied by
 * code, and transport errors separately by error code. Requests still open `drainMs` after the last one was
 * sent are reported as unfinished. `headers` go with every request (an Authorization header);
 * `keepSamples` adds each request's latency, by its index, as `samples`.
 */
export function runOpenLoop({ host, port, paths, rate, durationS, maxSockets = 256, drainMs = 10_000, headers, keepSamples = false }) {
  const total = Math.round(rate * durationS);
  const intervalMs = 1000 / rate;
  // Enough sockets that the client never becomes the queue at the target rate; a backlog
  // beyond them still waits in the agent and is charged to latency, as it should be.
  const agent = new http.Agent({ keepAlive: true, maxSockets, maxFreeSockets: maxSockets });
  // One options object per path, reused: http.request copies it, so no per-request build.
  const requestOptions = paths.map((path) => ({ host, port, path, agent, ...(headers ? { headers } : {}) }));
  const latencies = new Float64Array(total).fill(Infinity);
  const settledFlags = new Uint8Array(total);
  const otherStatuses = new Map();
  const errorCodes = new Map();
  let t0 = 0;
  let next = 0;
  let settled = 0;
  let ok = 0;
  let notOk = 0;
  let errors = 0;
  let lastEnd = 0;
  let lagSum = 0;
  let lagMax = 0;

  return new Promise((resolve) => {
    let drainTimer;
    let finished = false;

    function finish() {
      if (finished) return;
      finished = true;
      clearTimeout(drainTimer);
      agent.destroy();
      const elapsedS = ((lastEnd || performance.now()) - t0) / 1000;
      resolve({
        mode: 'open-loop',
        rate,
        durationS,
        scheduled: total,
        ok,
        notOk,
        otherStatuses: Object.fromEntries(otherStatuses),
        errors,
        errorCodes: Object.fromEntries(errorCodes),
        unfinished: total - settled,
        achievedRps: (ok + notOk) / elapsedS,
        // How late the sender itself dispatched (timer resolution, event-loop stalls); this
        // is already inside every latency, shown apart so it is not mistaken for the server.
        dispatchLagMs: { mean: total ? lagSum / total : 0, max: lagMax },
        latencyMs: summarize(latencies),
        ...(keepSamples ? { samples: latencies } : {}),
      });
    }

    function settle(i) {
      if (settledFlags[i]) return;
      settledFlags[i] = 1;
      settled += 1;
      if (settled === total) finish();
    }

    function send(i) {
      const scheduledAt = t0 + i * intervalMs;
      const lag = performance.now() - scheduledAt;
      lagSum += lag;
      if (lag > lagMax) lagMax = lag;
      const req = http.request(requestOptions[i % requestOptions.length], (res) => {
        res.on('end', () => {
          lastEnd = performance.now();
          latencies[i] = lastEnd - scheduledAt;
          const status = res.statusCode;
          if ((status >= 200 && status < 300) || status === 304) ok += 1;
          else {
            notOk += 1;
            otherStatuses.set(status, (otherStatuses.get(status) ?? 0) + 1);
          }
          settle(i);
        });
        res.on('error', (error) => onError(i, error));
        res.resume();
      });
      req.on('error', (error) => onError(i, error));
      req.end();
    }

    function onError(i, error) {
      if (settledFlags[i]) return;
      errors += 1;
      const code = error.code ?? error.name;
      errorCodes.set(code, (errorCodes.get(code) ?? 0) + 1);
      settle(i);
    }

    // Each wake-up sends every request whose time has come, then sleeps until the next one is
    // due; the schedule is computed from t0, so timer jitter never accumulates into drift.
    function tick() {
      const due = Math.min(total, Math.floor((performance.now() - t0) / intervalMs) + 1);
      while (next < due) send(next++);
      if (next < total) setTimeout(tick, t0 + next * intervalMs - performance.now());
      else drainTimer = setTimeout(finish, drainMs);
    }

    t0 = performance.now();
    tick();
  });
}
