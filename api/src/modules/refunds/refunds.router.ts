import { createRouter } from '../../platform/http/router';
import { requestRefundRoute } from './refunds.routes';

export const refundsRouter = createRouter().openapi(requestRefundRoute, async (c) => {
  const { accessToken, tickets } = c.req.valid('json');
  c.header('Cache-Control', 'no-store');
  const refund = await c.var.services.refunds.request({
    orderId: c.req.valid('param').id,
    accessToken,
    tickets,
    idempotencyKey: c.req.valid('header')['idempotency-key'],
  });
  return c.json(refund, 200);
});
