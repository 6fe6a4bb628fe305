import { createRoute, z } from '@hono/zod-openapi';
import { jsonBody, jsonResponse } from '../../platform/http/openapi-content';
import { problemResponses } from '../../platform/http/problem-responses';

export const RefundRequestBody = z
  .object({
    accessToken: z.string().min(20).max(100).optional().openapi({
      description: 'The order access token from checkout; not needed with the owning customer’s `Authorization: Bearer` token',
    }),
    tickets: z.array(z.uuid({ message: 'must be a ticket id' })).min(1).max(50).optional().openapi({
      description: 'Tickets to refund; all of the order’s refundable tickets when omitted',
    }),
  })
  .openapi('RefundRequest');

export const RefundSchema = z
  .object({
    id: z.uuid(),
    status: z.enum(['pending', 'succeeded', 'canceled']),
    amountKopecks: z.number().int().positive().openapi({ description: 'The full price of the refunded tickets' }),
    tickets: z.array(z.uuid()),
    createdAt: z.string().openapi({ format: 'date-time' }),
  })
  .openapi('Refund');

export const requestRefundRoute = createRoute({
  method: 'post',
  path: '/orders/{id}/refunds',
  operationId: 'requestRefund',
  tags: ['refunds'],
  summary: 'Refund the order or chosen tickets in full, until 24 hours before departure',
  request: {
    params: z.object({ id: z.uuid({ message: 'must be an order id' }).openapi({ param: { name: 'id', in: 'path' } }) }),
    headers: z.object({
      'idempotency-key': z
        .string()
        .regex(/^[A-Za-z0-9_.:-]{8,128}$/, { message: 'must be 8–128 letters, digits or -_.:' })
        .optional()
        .openapi({ param: { name: 'idempotency-key', in: 'header' }, description: 'Required: a repeat returns the same refund' }),
    }),
    body: jsonBody(RefundRequestBody),
  },
  responses: {
    200: jsonResponse(RefundSchema, 'The refund (succeeded, or pending at the payment service)'),
    ...problemResponses(400, 404, 409, 422, 502, 503),
  },
});
