import { createRoute, z } from '@hono/zod-openapi';
import { jsonBody, jsonResponse } from '../../platform/http/openapi-content';
import { problemResponses } from '../../platform/http/problem-responses';
import { adminRoute } from '../staff/admin-route';

export const VerifyTicketBody = z
  .object({
    payload: z.string().min(10).max(2_000).openapi({ description: 'What the QR code says' }),
    eventId: z.uuid().optional().openapi({ description: 'The sailing being boarded; a ticket for another one is refused' }),
  })
  .openapi('VerifyTicketRequest');

export const BoardingSchema = z
  .object({ ticketId: z.uuid(), eventId: z.uuid(), seatCode: z.string().nullable(), boardedAt: z.string().openapi({ format: 'date-time' }) })
  .openapi('Boarding');

/**
 * Boarding marks a ticket used, so only staff at the gangway may do it: a signed-in CRM user
 * with `orders:read` (the same gate as the CRM's routes). Scanners that only look may verify
 * offline with the public key below.
 */
export const verifyTicketRoute = adminRoute('orders:read', {
  method: 'post',
  path: '/tickets/verify',
  operationId: 'verifyTicket',
  tags: ['tickets'],
  summary: 'Boarding check (staff with orders:read): a genuine, valid ticket boards once',
  request: { body: jsonBody(VerifyTicketBody) },
  responses: { 200: jsonResponse(BoardingSchema, 'Boarded now'), ...problemResponses(400, 409, 422) },
});

export const ticketKeyRoute = createRoute({
  method: 'get',
  path: '/tickets/verification-key',
  operationId: 'getTicketVerificationKey',
  tags: ['tickets'],
  summary: 'The Ed25519 public key (JWK) that verifies ticket QR codes offline',
  responses: {
    200: jsonResponse(z.object({ alg: z.literal('EdDSA'), key: z.record(z.string(), z.unknown()) }).openapi('TicketVerificationKey'), 'The key'),
    ...problemResponses(),
  },
});

export const ticketQrRoute = createRoute({
  method: 'get',
  path: '/orders/{id}/tickets/{ticketId}/qr.svg',
  operationId: 'getTicketQr',
  tags: ['tickets'],
  summary: "A ticket's QR code as an SVG image, for its buyer (order access token or the owning customer's login)",
  request: {
    params: z.object({
      id: z.uuid({ message: 'must be an order id' }).openapi({ param: { name: 'id', in: 'path' } }),
      ticketId: z.uuid({ message: 'must be a ticket id' }).openapi({ param: { name: 'ticketId', in: 'path' } }),
    }),
    query: z.object({
      token: z.string().min(20).max(100).optional().openapi({
        param: { name: 'token', in: 'query' },
        description: 'The order access token; or send the owning customer’s access token as `Authorization: Bearer`',
      }),
    }),
  },
  responses: {
    200: { description: 'The QR code', content: { 'image/svg+xml': { schema: z.string() } } },
    ...problemResponses(400, 404),
  },
});
