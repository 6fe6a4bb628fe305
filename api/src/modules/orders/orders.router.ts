import { createRouter } from '../../platform/http/router';
import { OrderErrors } from './orders.errors';
import { createOrderRoute, getOrderRoute } from './orders.routes';

export const ordersRouter = createRouter()
  .openapi(createOrderRoute, async (c) => {
    const result = await c.var.services.orders.checkout.checkout(c.req.valid('header')['idempotency-key'], c.req.valid('json'));
    c.header('Cache-Control', 'no-store');
    const body = { order: result.order, accessToken: result.accessToken };
    return result.created ? c.json(body, 201) : c.json(body, 200);
  })
  .openapi(getOrderRoute, async (c) => {
    const { id } = c.req.valid('param');
    const bearer = c.req.header('authorization')?.replace(/^Bearer\s+/i, '');
    const token = bearer ?? c.req.valid('query').token;
    const { tokens, views } = c.var.services.orders;
    // Unknown and not-yours look the same, so order ids cannot be probed.
    if (!token || !tokens.verify(id, token)) throw OrderErrors.notFound(id);
    c.header('Cache-Control', 'no-store');
    return c.json(await views.get(id), 200);
  });
