import type { Context } from 'hono';
import type { AppEnv } from '../../platform/http/app-env';
import { createRouter } from '../../platform/http/router';
import { AppError } from '../../platform/errors/app-error';
import { alreadySent } from '../../platform/http/already-sent';
import {
  bestSeatsRoute, createGaHoldRoute, getSeatsRoute, lockSeatsRoute, releaseHoldRoute, seatStreamRoute, unlockSeatsRoute,
} from './seating.routes';

/** The caller's session from `?sessionId=` or `X-Session-Id` (validated by the route schemas). */
function viewerSession(query: { sessionId?: string | undefined }, headers: { 'x-session-id'?: string | undefined }): string | null {
  return query.sessionId ?? headers['x-session-id'] ?? null;
}

function requireSession(session: string | null): string {
  if (session) return session;
  throw new AppError('validation_failed', 400, {
    detail: 'Invalid request: header.x-session-id — the session is required (X-Session-Id header or sessionId query)',
    errors: [{ path: 'header.x-session-id', message: 'is required (or the sessionId query parameter)' }],
  });
}

function noStore(c: Context<AppEnv>): void {
  c.header('Cache-Control', 'no-store');
}

export const seatingRouter = createRouter()
  .openapi(getSeatsRoute, async (c) => {
    noStore(c);
    const session = viewerSession(c.req.valid('query'), c.req.valid('header'));
    return c.json(await c.var.services.seating.status.availability(c.req.valid('param').id, session), 200);
  })
  .openapi(lockSeatsRoute, async (c) => {
    const { sessionId, seats } = c.req.valid('json');
    return c.json(await c.var.services.seating.locks.lock(c.req.valid('param').id, sessionId, seats), 200);
  })
  .openapi(unlockSeatsRoute, async (c) => {
    const { sessionId, seats } = c.req.valid('json');
    return c.json({ released: await c.var.services.seating.locks.unlock(c.req.valid('param').id, sessionId, seats) }, 200);
  })
  .openapi(bestSeatsRoute, async (c) => {
    const { sessionId, ...request } = c.req.valid('json');
    return c.json(await c.var.services.seating.locks.lockBest(c.req.valid('param').id, sessionId, request), 200);
  })
  .openapi(createGaHoldRoute, async (c) => {
    const { sessionId, items } = c.req.valid('json');
    return c.json(await c.var.services.seating.gaHolds.hold(c.req.valid('param').id, sessionId, items), 200);
  })
  .openapi(releaseHoldRoute, async (c) => {
    const { id, holdId } = c.req.valid('param');
    const session = requireSession(viewerSession(c.req.valid('query'), c.req.valid('header')));
    await c.var.services.seating.gaHolds.release(id, session, holdId);
    return c.body(null, 204);
  })
  .openapi(seatStreamRoute, async (c) => {
    const eventId = c.req.valid('param').id;
    const query = c.req.valid('query');
    const headers = c.req.valid('header');
    const { status, hub } = c.var.services.seating;
    const session = viewerSession(query, headers);
    // A 404 problem before the stream starts if the sailing does not exist.
    await status.requireSailing(eventId);
    const outgoing = c.env?.outgoing;
    if (!outgoing) throw new Error('seat streams need the Node.js HTTP server');
    const header = headers['last-event-id'];
    const lastEventId = header !== undefined ? Number(header) : (query.lastEventId ?? null);
    await hub.open(outgoing, { eventId, sessionId: session, lastEventId, snapshot: () => status.availability(eventId, session) });
    // The hub writes to the socket itself; this tells the Node adapter the response is sent.
    return alreadySent() as never;
  });
