import { createRoute, z } from '@hono/zod-openapi';
import { jsonBody, jsonResponse } from '../../platform/http/openapi-content';
import { problemResponses } from '../../platform/http/problem-responses';
import {
  AvailabilitySchema, BestSeatsBody, EventIdParam, GaHoldBody, GaHoldSchema, HoldParams, LockSeatsBody, ReleasedSeatsSchema,
  SeatHoldSchema, SessionHeader, StreamHeaders, StreamQuery, UnlockSeatsBody, ViewerQuery,
} from './seating.schemas';

export const getSeatsRoute = createRoute({
  method: 'get',
  path: '/events/{id}/seats',
  operationId: 'getSeatStatus',
  tags: ['seating'],
  summary: 'Status of every seat (or remaining places per ticket type for general admission)',
  request: { params: EventIdParam, query: ViewerQuery, headers: SessionHeader },
  responses: { 200: jsonResponse(AvailabilitySchema, 'Seat status for this viewer'), ...problemResponses(400, 404) },
});

export const lockSeatsRoute = createRoute({
  method: 'post',
  path: '/events/{id}/seats/lock',
  operationId: 'lockSeats',
  tags: ['seating'],
  summary: 'Hold seats for the session: all of them or none',
  request: { params: EventIdParam, body: jsonBody(LockSeatsBody) },
  responses: {
    200: jsonResponse(SeatHoldSchema, "The session's hold, now including these seats"),
    ...problemResponses(400, 404, 409, 422, 502, 503),
  },
});

export const unlockSeatsRoute = createRoute({
  method: 'post',
  path: '/events/{id}/seats/unlock',
  operationId: 'unlockSeats',
  tags: ['seating'],
  summary: "Release seats the session holds (others' holds are untouched)",
  request: { params: EventIdParam, body: jsonBody(UnlockSeatsBody) },
  responses: { 200: jsonResponse(ReleasedSeatsSchema, 'The seats released'), ...problemResponses(400, 404) },
});

export const bestSeatsRoute = createRoute({
  method: 'post',
  path: '/events/{id}/seats/best',
  operationId: 'lockBestSeats',
  tags: ['seating'],
  summary: 'Hold the best free seats side by side',
  request: { params: EventIdParam, body: jsonBody(BestSeatsBody) },
  responses: { 200: jsonResponse(SeatHoldSchema, 'The seats held'), ...problemResponses(400, 404, 409, 422, 502, 503) },
});

export const createGaHoldRoute = createRoute({
  method: 'post',
  path: '/events/{id}/holds',
  operationId: 'holdPlaces',
  tags: ['seating'],
  summary: "Hold general-admission places per ticket type (sets the session's quantities)",
  request: { params: EventIdParam, body: jsonBody(GaHoldBody) },
  responses: { 200: jsonResponse(GaHoldSchema, "The session's hold"), ...problemResponses(400, 404, 409, 422) },
});

export const releaseHoldRoute = createRoute({
  method: 'delete',
  path: '/events/{id}/holds/{holdId}',
  operationId: 'releaseHold',
  tags: ['seating'],
  summary: "Release one of the session's holds (places or seats)",
  request: { params: HoldParams, query: ViewerQuery, headers: SessionHeader },
  responses: { 204: { description: 'Released' }, ...problemResponses(400, 404) },
});

export const seatStreamRoute = createRoute({
  method: 'get',
  path: '/events/{id}/seats/stream',
  operationId: 'streamSeatStatus',
  tags: ['seating'],
  summary: 'Live seat status (server-sent events)',
  description:
    'First `snapshot` (the same body as getSeatStatus), then `seat` events `{version, seats: [{seatCode, status, version}]}` ' +
    '(or `capacity` events for general admission), and a heartbeat comment every 15 s. Reconnect with Last-Event-ID to ' +
    'resume; apply a seat change only if its version is newer than the seat\'s.',
  request: { params: EventIdParam, query: StreamQuery, headers: StreamHeaders },
  responses: {
    200: { description: 'An event stream', content: { 'text/event-stream': { schema: z.string() } } },
    ...problemResponses(400, 404),
  },
});
