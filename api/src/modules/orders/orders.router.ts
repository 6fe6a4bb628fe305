import type { Context } from 'hono';
import type { AppEnv } from '../../platform/http/app-env';
import { createRouter } from '../../platform/http/router';
import { optionalCustomer } from '../customers/customer-auth';
import { authorizeOrderAccess } from './order-access';
import { createOrderRoute, getOrderRoute } from './orders.routes';

/**
 * The account a new order belongs to: the logged-in buyer (a customer Bearer token, which
 * must then be valid), else the verified account of the order's email, else none (a guest).
 */
async function orderOwner(c: Context<AppEnv>, email: string): Promise<{ customerId: string } | null> {
  const buyer = await optionalCustomer(c);
  if (buyer) return { customerId: buyer.customerId };
  const customerId = await c.var.services.customers.accounts.verifiedCustomerId(email);
  return customerId ? { customerId } : null;
}

export const ordersRouter = createRouter()
  .openapi(createOrderRoute, async (c) => {
    const input = c.req.valid('json');
    const owner = await orderOwner(c, input.customer.email);
    const result = await c.var.services.orders.checkout.checkout(c.req.valid('header')['idempotency-key'], input, { owner });
    c.header('Cache-Control', 'no-store');
    const body = { order: result.order, accessToken: result.accessToken };
    return result.created ? c.json(body, 201) : c.json(body, 200);
  })
  .openapi(getOrderRoute, async (c) => {
    const { id } = c.req.valid('param');
    await authorizeOrderAccess(c, id, c.req.valid('query').token);
    c.header('Cache-Control', 'no-store');
    return c.json(await c.var.services.orders.views.get(id), 200);
  });
