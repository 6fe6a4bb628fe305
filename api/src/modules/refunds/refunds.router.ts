import { createRouter } from '../../platform/http/router';
import { authorizeOrderAccess } from '../orders/order-access';
import { requestRefundRoute } from './refunds.routes';

export const refundsRouter = createRouter().openapi(requestRefundRoute, async (c) => {
  const { id } = c.req.valid('param');
  const { accessToken, tickets } = c.req.valid('json');
  await authorizeOrderAccess(c, id, accessToken ?? null);
  c.header('Cache-Control', 'no-store');
  const refund = await c.var.services.refunds.request({ orderId: id, tickets, idempotencyKey: c.req.valid('header')['idempotency-key'] });
  return c.json(refund, 200);
});
