import { createRouter } from '../../platform/http/router';
import { ticketKeyRoute, verifyTicketRoute } from './tickets.routes';

export const ticketsRouter = createRouter()
  .openapi(verifyTicketRoute, async (c) => {
    const { payload, eventId } = c.req.valid('json');
    return c.json(await c.var.services.tickets.service.board(payload, eventId), 200);
  })
  .openapi(ticketKeyRoute, (c) => {
    c.header('Cache-Control', 'public, max-age=3600');
    return c.json({ alg: 'EdDSA' as const, key: c.var.services.tickets.signer.publicJwk() as Record<string, unknown> }, 200);
  });
