import type { Context } from 'hono';
import type { AppEnv } from '../../platform/http/app-env';
import { bearerToken } from '../../platform/http/client-ip';
import { OrderErrors } from './orders.errors';

/** How the caller proved the order is theirs. */
export type OrderAccess =
  | { orderId: string; via: 'order_token' }
  | { orderId: string; via: 'customer'; customerId: string };

/**
 * The one rule for opening an order, used by every order endpoint: either the order access
 * token from checkout (in `?token=`, a body field, or as `Authorization: Bearer`), or a
 * customer access token (Bearer) of the account that owns the order. Anything else, including
 * another customer's valid login, gets the same 404 as an order that does not exist, so order
 * ids cannot be probed.
 *
 * @param orderToken the order access token from the query or body; default: `?token=`
 * @example
 * const access = await authorizeOrderAccess(c, id);                 // GET /orders/{id}?token=…
 * await authorizeOrderAccess(c, id, c.req.valid('json').accessToken); // a token in the body
 */
export async function authorizeOrderAccess(
  c: Context<AppEnv>,
  orderId: string,
  orderToken: string | null | undefined = c.req.query('token'),
): Promise<OrderAccess> {
  const { orders, customers } = c.var.services;
  const bearer = bearerToken(c);
  for (const candidate of [orderToken, bearer]) {
    if (candidate && orders.tokens.verify(orderId, candidate)) return { orderId, via: 'order_token' };
  }
  if (bearer) {
    const customer = await customers.sessions.authenticate(bearer);
    if (customer && (await orders.ownership.isOwnedBy(orderId, customer.customerId))) {
      return { orderId, via: 'customer', customerId: customer.customerId };
    }
  }
  throw OrderErrors.notFound(orderId);
}
