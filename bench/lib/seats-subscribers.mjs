/**
 * Thousands of seat-map viewers: GET /events/{id}/seats/stream subscribers, each on its own
 * connection (node:http, no agent, so no socket pooling or limit), run in a worker thread so
 * that reading them never delays the main thread's lock requests and their timestamps.
 *
 * Parsing is kept to what the measurement needs: each received chunk is timestamped once,
 * split into frames on the blank line, and only `seat` frames' `data:` JSON is parsed, to find
 * when each subscriber first received each armed seat code. Timestamps come from the
 * system-wide monotonic clock (process.hrtime), so they compare directly with the main
 * thread's.
 *
 * Main-thread side: `const pool = await SubscriberPool.start()`, then `open`, `arm`,
 * `collect`, `close`, `terminate`.
 */
import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { Worker, isMainThread, parentPort } from 'node:worker_threads';

/** Milliseconds on the machine's monotonic clock, the same in every thread and process. */
export function nowMs() {
  const [s, ns] = process.hrtime();
  return s * 1e3 + ns / 1e6;
}

export class SubscriberPool {
  #worker;
  #pending = new Map();
  #nextId = 1;

  static async start() {
    const pool = new SubscriberPool();
    pool.#worker = new Worker(new URL(import.meta.url));
    pool.#worker.on('message', (message) => {
      const waiter = pool.#pending.get(message.id);
      if (!waiter) return;
      pool.#pending.delete(message.id);
      if (message.error) waiter.reject(new Error(message.error));
      else waiter.resolve(message.result);
    });
    pool.#worker.on('error', (error) => {
      for (const waiter of pool.#pending.values()) waiter.reject(error);
      pool.#pending.clear();
    });
    return pool;
  }

  #call(cmd, args = {}) {
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      this.#worker.postMessage({ id, cmd, ...args });
    });
  }

  /**
   * Opens `count` streams on the sailing, at most `concurrency` waiting for their snapshot at
   * once, and resolves when every one has its snapshot (or failed). `seatCount` is what each
   * snapshot must list.
   */
  open(args) {
    return this.#call('open', args);
  }

  /** From now on, record when each subscriber first receives a change of one of `codes`. */
  arm(codes) {
    return this.#call('arm', { codes });
  }

  /**
   * Waits until every subscriber has every armed code, or `timeoutMs`, then returns the
   * arrival times (subscriber-major, 0 = never arrived), the worker's event-loop figures and
   * how many streams the server closed.
   */
  collect(timeoutMs) {
    return this.#call('collect', { timeoutMs });
  }

  /** Closes every stream. */
  close() {
    return this.#call('close');
  }

  terminate() {
    return this.#worker.terminate();
  }
}

// ---------------------------------------------------------------------------------------------
// The worker.

function runWorker() {
  const subscribers = [];
  let armed = null;
  let collectWaiter = null;
  let unexpectedCloses = 0;
  let closing = false;
  const totals = { chunks: 0, bytes: 0, seatFrames: 0 };

  const reply = (id, result) => parentPort.postMessage({ id, result });

  function handleFrame(sub, frame, at) {
    if (frame.charCodeAt(0) === 58) return; // ":" — a heartbeat comment
    const eventAt = frame.indexOf('event: ');
    if (eventAt < 0) return; // "retry: …"
    const eventEnd = frame.indexOf('\n', eventAt);
    const type = frame.slice(eventAt + 7, eventEnd);
    const dataAt = frame.indexOf('data: ', eventEnd);
    if (dataAt < 0) return;
    if (type === 'seat') {
      totals.seatFrames += 1;
      if (!armed) return;
      const { seats } = JSON.parse(frame.slice(dataAt + 6));
      for (const seat of seats) {
        const index = armed.codeIndex.get(seat.seatCode);
        if (index === undefined) continue;
        const slot = sub.index * armed.codes.length + index;
        if (armed.arrivals[slot] !== 0) continue;
        armed.arrivals[slot] = at;
        armed.remaining -= 1;
      }
      if (armed.remaining === 0 && collectWaiter) collectWaiter();
    } else if (type === 'snapshot' && sub.onSnapshot) {
      const snapshot = JSON.parse(frame.slice(dataAt + 6));
      sub.onSnapshot(snapshot);
    }
  }

  function onData(sub, chunk) {
    const at = nowMs();
    totals.chunks += 1;
    totals.bytes += chunk.length;
    const text = sub.carry === '' ? chunk.toString('latin1') : sub.carry + chunk.toString('latin1');
    let start = 0;
    let end;
    while ((end = text.indexOf('\n\n', start)) !== -1) {
      handleFrame(sub, text.slice(start, end), at);
      start = end + 2;
    }
    sub.carry = start === 0 ? text : text.slice(start);
  }

  function openOne({ host, port, eventId, seatCount }, index) {
    return new Promise((resolve) => {
      const sub = { index, carry: '', req: null, res: null, onSnapshot: null, open: false };
      let settled = false;
      const settle = (outcome) => {
        if (settled) return;
        settled = true;
        sub.onSnapshot = null;
        resolve(outcome);
      };
      sub.onSnapshot = (snapshot) => {
        const seats = snapshot.seats ?? [];
        const free = seats.filter((s) => s.status === 'free').length;
        if (seats.length !== seatCount) settle({ ok: false, why: `snapshot with ${seats.length} seats` });
        else {
          sub.open = true;
          subscribers.push(sub);
          settle({ ok: true, free });
        }
      };
      const path = `/api/v1/events/${eventId}/seats/stream?sessionId=${randomUUID()}`;
      sub.req = http.get({ host, port, path, agent: false, headers: { accept: 'text/event-stream' } }, (res) => {
        sub.res = res;
        if (res.statusCode !== 200) {
          res.resume();
          settle({ ok: false, why: `HTTP ${res.statusCode}` });
          return;
        }
        res.on('data', (chunk) => onData(sub, chunk));
        res.on('close', () => {
          if (sub.open && !closing) unexpectedCloses += 1;
          sub.open = false;
          settle({ ok: false, why: 'closed before its snapshot' });
        });
        res.on('error', () => undefined);
      });
      sub.req.on('error', (error) => settle({ ok: false, why: error.code ?? error.message }));
    });
  }

  async function open({ host, port, eventId, count, concurrency, seatCount }) {
    const started = nowMs();
    const failures = new Map();
    let next = 0;
    let freeSeatsSeen = Infinity;
    const lane = async () => {
      while (next < count) {
        const index = next++;
        const outcome = await openOne({ host, port, eventId, seatCount }, index);
        if (!outcome.ok) failures.set(outcome.why, (failures.get(outcome.why) ?? 0) + 1);
        else freeSeatsSeen = Math.min(freeSeatsSeen, outcome.free);
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, count) }, lane));
    // Indexes must be dense for the arrival table: renumber the open ones.
    subscribers.forEach((sub, i) => (sub.index = i));
    return {
      opened: subscribers.length,
      failures: Object.fromEntries(failures),
      ms: nowMs() - started,
      minFreeSeatsInSnapshot: Number.isFinite(freeSeatsSeen) ? freeSeatsSeen : null,
    };
  }

  let elu = null;
  let delay = null;
  function arm({ codes }) {
    armed = {
      codes,
      codeIndex: new Map(codes.map((code, i) => [code, i])),
      arrivals: new Float64Array(subscribers.length * codes.length),
      remaining: subscribers.length * codes.length,
    };
    totals.chunks = 0;
    totals.bytes = 0;
    totals.seatFrames = 0;
    unexpectedCloses = 0;
    elu = performance.eventLoopUtilization();
    delay = monitorEventLoopDelay({ resolution: 5 });
    delay.enable();
    return { subscribers: subscribers.length, armedAt: nowMs() };
  }

  async function collect({ timeoutMs }) {
    if (!armed) throw new Error('collect before arm');
    if (armed.remaining > 0) {
      await new Promise((resolve) => {
        const timer = setTimeout(resolve, timeoutMs);
        collectWaiter = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      collectWaiter = null;
    }
    delay.disable();
    const result = {
      subscribers: subscribers.length,
      codes: armed.codes,
      arrivals: armed.arrivals,
      missing: armed.remaining,
      unexpectedCloses,
      stillOpen: subscribers.filter((s) => s.open).length,
      received: { ...totals },
      // Share of the time this thread was busy, and how late its timers ran: if either is high,
      // the arrival times include the reader's own delay.
      eventLoopUtilization: performance.eventLoopUtilization(elu).utilization,
      eventLoopDelayMs: { mean: delay.mean / 1e6, p99: delay.percentile(99) / 1e6, max: delay.max / 1e6 },
    };
    armed = null;
    return result;
  }

  async function close() {
    closing = true;
    const closed = subscribers.map((sub) => new Promise((resolve) => {
      if (!sub.res || sub.res.closed) return resolve();
      sub.res.once('close', resolve);
      sub.req.destroy();
    }));
    await Promise.race([Promise.all(closed), new Promise((resolve) => setTimeout(resolve, 10_000))]);
    const count = subscribers.length;
    subscribers.length = 0;
    return { closed: count };
  }

  const commands = { open, arm, collect, close };
  parentPort.on('message', async ({ id, cmd, ...args }) => {
    try {
      const result = await commands[cmd](args);
      if (cmd === 'collect') parentPort.postMessage({ id, result }, [result.arrivals.buffer]);
      else reply(id, result);
    } catch (error) {
      parentPort.postMessage({ id, error: error instanceof Error ? error.stack : String(error) });
    }
  });
}

if (!isMainThread && parentPort) runWorker();
