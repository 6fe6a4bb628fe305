/**
 * Seat lock requests: POST /api/v1/events/{id}/seats/lock {sessionId, seats: [code]}, one
 * seat per request and a fresh session per request, over node:http keep-alive agents.
 *
 * - `runBurst`: every request issued in the same tick (a Promise.all over http.request), the
 *   crowd that opens at the same second a popular sailing goes on sale.
 * - `runClosedLoop`: `concurrency` requests in flight, each followed at once by the next,
 *   every one for a distinct free seat, to find the sustained lock rate.
 */
import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { nowMs } from './seats-subscribers.mjs';

function shuffle(items) {
  for (let i = items.length - 1; i > 0; i -= 1) {
    const j = Math.floor(Math.random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

/** One lock request; resolves (never rejects) with its status, timings and answer. */
function lock(agent, { host, port }, path, body) {
  return new Promise((resolve) => {
    const sentAt = nowMs();
    const req = http.request(
      { host, port, method: 'POST', path, agent, headers: { 'content-type': 'application/json', 'content-length': body.length } },
      (res) => {
        const chunks = [];
        res.on('data', (chunk) => chunks.push(chunk));
        res.on('end', () => resolve({
          status: res.statusCode, sentAt, endAt: nowMs(), reusedSocket: req.reusedSocket, body: Buffer.concat(chunks).toString('utf8'),
        }));
        res.on('error', (error) => resolve({ status: null, error: error.code ?? error.message, sentAt, endAt: nowMs() }));
      },
    );
    req.on('error', (error) => resolve({ status: null, error: error.code ?? error.message, sentAt, endAt: nowMs() }));
    req.end(body);
  });
}

const lockBody = (sessionId, seatCode) => Buffer.from(JSON.stringify({ sessionId, seats: [seatCode] }));

function freeSocketCount(agent) {
  return Object.values(agent.freeSockets).reduce((sum, list) => sum + list.length, 0);
}

/**
 * Opens `count` keep-alive connections on `agent` (GET /healthz on each, all at once) and then
 * uses each once more, so none is near the server's 5 s idle timeout when the burst starts.
 */
async function warmConnections(agent, target, count) {
  const get = () => new Promise((resolve) => {
    const req = http.get({ ...target, path: '/healthz', agent }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode));
    });
    req.on('error', (error) => resolve(error.code ?? 'error'));
  });
  const started = nowMs();
  for (let round = 0; round < 2; round += 1) await Promise.all(Array.from({ length: count }, get));
  return { sockets: freeSocketCount(agent), ms: nowMs() - started };
}

/**
 * Prepares `perSeat` requests for each of `seatCodes`, each from its own session, shuffled;
 * `fire()` then issues them all at once. With `warm`, each request gets a connection of its
 * own opened beforehand (the buyers' browsers have been talking to the site); without, each
 * opens one as it goes. Call `fire()` promptly: the server closes idle connections after 5 s.
 */
export async function prepareBurst({ host, port, eventId, seatCodes, perSeat, warm }) {
  const target = { host, port };
  const path = `/api/v1/events/${eventId}/seats/lock`;
  const jobs = shuffle(seatCodes.flatMap((seatCode) => Array.from({ length: perSeat }, () => ({ seatCode, sessionId: randomUUID() }))));
  for (const job of jobs) job.body = lockBody(job.sessionId, job.seatCode);
  const agent = new http.Agent({ keepAlive: true, maxSockets: jobs.length, maxFreeSockets: jobs.length, scheduling: 'fifo' });
  const warmed = warm ? await warmConnections(agent, target, jobs.length) : null;

  async function fire() {
    const startedAt = nowMs();
    const pending = jobs.map((job) => lock(agent, target, path, job.body));
    const issuedAt = nowMs();
    const answers = await Promise.all(pending);
    agent.destroy();
    return {
      startedAt,
      issueMs: issuedAt - startedAt,
      warmed,
      requests: jobs.map((job, i) => ({ seatCode: job.seatCode, sessionId: job.sessionId, ...answers[i] })),
    };
  }
  return { warmed, fire };
}

/**
 * Closed loop for `durationS`: `concurrency` lanes, each sending its next lock as soon as the
 * previous answer arrives. `nextSeat()` hands out distinct free (sailing, seat) pairs and
 * returns null when there are none left, which ends the run early.
 */
export async function runClosedLoop({ host, port, nextSeat, concurrency, durationS }) {
  const target = { host, port };
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency, maxFreeSockets: concurrency });
  const latencies = [];
  const statuses = new Map();
  const errors = new Map();
  const problemCodes = new Map();
  const perSecond = [];
  let ok = 0;
  let exhausted = false;
  let lastEnd = 0;
  const startedAt = nowMs();
  const deadline = startedAt + durationS * 1000;

  const lane = async () => {
    while (nowMs() < deadline) {
      const seat = nextSeat();
      if (!seat) {
        exhausted = true;
        return;
      }
      const answer = await lock(agent, target, `/api/v1/events/${seat.eventId}/seats/lock`, lockBody(randomUUID(), seat.seatCode));
      lastEnd = answer.endAt;
      latencies.push(answer.endAt - answer.sentAt);
      if (answer.status === null) errors.set(answer.error, (errors.get(answer.error) ?? 0) + 1);
      else statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
      if (answer.status === 200) {
        ok += 1;
        const second = Math.floor((answer.endAt - startedAt) / 1000);
        perSecond[second] = (perSecond[second] ?? 0) + 1;
      } else if (answer.status !== null) {
        let code = 'unparsable';
        try {
          code = JSON.parse(answer.body).code ?? 'none';
        } catch {
          // Keep 'unparsable'.
        }
        problemCodes.set(`${answer.status} ${code}`, (problemCodes.get(`${answer.status} ${code}`) ?? 0) + 1);
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, lane));
  agent.destroy();
  const elapsedS = (lastEnd - startedAt) / 1000;
  return {
    concurrency,
    durationS,
    elapsedS,
    requests: latencies.length,
    ok,
    locksPerS: ok / elapsedS,
    statuses: Object.fromEntries(statuses),
    problems: Object.fromEntries(problemCodes),
    errors: Object.fromEntries(errors),
    exhausted,
    okPerSecond: Array.from(perSecond, (n) => n ?? 0),
    latencies,
  };
}
