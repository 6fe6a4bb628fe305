import { createRoute, z } from '@hono/zod-openapi';
import { CommonErrors } from '../../platform/errors/app-error';
import { jsonResponse } from '../../platform/http/openapi-content';
import { problemResponses } from '../../platform/http/problem-responses';
import { createRouter } from '../../platform/http/router';

const HealthSchema = z.object({ status: z.literal('ok') }).openapi('Health');
const ReadySchema = z.object({ status: z.literal('ready'), database: z.literal('up') }).openapi('Readiness');

export const livenessRoute = createRoute({
  method: 'get',
  path: '/healthz',
  operationId: 'getLiveness',
  tags: ['operations'],
  summary: 'The process is up',
  responses: { 200: jsonResponse(HealthSchema, 'Alive') },
});

export const readinessRoute = createRoute({
  method: 'get',
  path: '/readyz',
  operationId: 'getReadiness',
  tags: ['operations'],
  summary: 'The database answers; the instance may take traffic',
  responses: {
    200: jsonResponse(ReadySchema, 'Ready'),
    ...problemResponses(503),
  },
});

/** Probes for load balancers and orchestrators, outside the versioned API. */
export const healthRouter = createRouter()
  .openapi(livenessRoute, (c) => {
    c.header('Cache-Control', 'no-store');
    return c.json({ status: 'ok' as const }, 200);
  })
  .openapi(readinessRoute, async (c) => {
    c.header('Cache-Control', 'no-store');
    if (!(await c.var.services.health.databaseReady())) throw CommonErrors.unavailable('database');
    return c.json({ status: 'ready' as const, database: 'up' as const }, 200);
  });
