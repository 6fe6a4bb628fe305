import QRCode from 'qrcode';
import { createRouter } from '../../platform/http/router';
import { AppError } from '../../platform/errors/app-error';
import { authorizeOrderAccess } from '../orders/order-access';
import { ticketKeyRoute, ticketQrRoute, verifyTicketRoute } from './tickets.routes';

export const ticketsRouter = createRouter()
  .openapi(verifyTicketRoute, async (c) => {
    const { payload, eventId } = c.req.valid('json');
    return c.json(await c.var.services.tickets.service.board(payload, eventId), 200);
  })
  .openapi(ticketKeyRoute, (c) => {
    c.header('Cache-Control', 'public, max-age=3600');
    return c.json({ alg: 'EdDSA' as const, key: c.var.services.tickets.signer.publicJwk() as Record<string, unknown> }, 200);
  })
  .openapi(ticketQrRoute, async (c) => {
    const { id, ticketId } = c.req.valid('param');
    const notFound = new AppError('ticket_not_found', 404, { detail: 'No such ticket for this order and token', params: { ticketId } });
    // Another customer's order answers exactly like a ticket that does not exist.
    await authorizeOrderAccess(c, id, c.req.valid('query').token).catch((error: unknown) => {
      throw error instanceof AppError && error.code === 'order_not_found' ? notFound : error;
    });
    const ticket = (await c.var.services.tickets.service.forOrder(id)).find((t) => t.id === ticketId);
    if (!ticket) throw notFound;
    // Error correction M survives a cracked phone screen; the margin keeps scanners happy.
    const svg = await QRCode.toString(ticket.qrPayload, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
    c.header('Cache-Control', 'private, max-age=300');
    return c.body(svg, 200, { 'Content-Type': 'image/svg+xml' });
  });
