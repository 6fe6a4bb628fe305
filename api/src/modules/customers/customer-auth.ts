import type { Context } from 'hono';
import type { AppEnv } from '../../platform/http/app-env';
import { bearerToken, clientIp } from '../../platform/http/client-ip';
import type { ClientContext, CustomerPrincipal } from './customer-sessions.service';
import { CustomerErrors } from './customers.errors';

/** The OpenAPI security requirement of routes for logged-in customers. */
export const CUSTOMER_SECURITY = [{ customerBearer: [] }];

/**
 * The logged-in customer of this request: a valid customer access token whose login is still
 * active. 401 `authentication_required` without a token, `invalid_access_token` otherwise
 * (a staff token included: the audiences never accept each other's tokens).
 *
 * @example
 * const me = await requireCustomer(c);
 * return c.json(await c.var.services.customers.accounts.profile(me.customerId), 200);
 */
export async function requireCustomer(c: Context<AppEnv>): Promise<CustomerPrincipal> {
  const principal = await optionalCustomer(c);
  if (!principal) throw CustomerErrors.authenticationRequired();
  return principal;
}

/**
 * The logged-in customer where logging in is optional: null without a token. A token that is
 * sent but invalid or ended is refused (401 `invalid_access_token`) rather than taken for
 * none, so the caller can renew it and repeat the request as the login it meant to be.
 */
export async function optionalCustomer(c: Context<AppEnv>): Promise<CustomerPrincipal | null> {
  const token = bearerToken(c);
  if (!token) return null;
  const principal = await c.var.services.customers.sessions.authenticate(token);
  if (!principal) throw CustomerErrors.invalidAccessToken();
  return principal;
}

/** Who is calling, as stored with a login. */
export function clientContext(c: Context<AppEnv>): ClientContext {
  return { ip: clientIp(c), userAgent: c.req.header('user-agent') ?? null };
}
