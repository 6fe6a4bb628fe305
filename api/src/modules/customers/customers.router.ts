import { createRouter } from '../../platform/http/router';
import { clientIp } from '../../platform/http/client-ip';
import { resolveLang } from '../../platform/http/locale';
import { clientContext, optionalCustomer, requireCustomer } from './customer-auth';
import {
  confirmEmailChangeRoute,
  loginCustomerRoute,
  refreshCustomerSessionRoute,
  registerCustomerRoute,
  requestPasswordResetRoute,
  resetPasswordRoute,
  verifyCustomerEmailRoute,
} from './customers.routes';
import {
  changeMyEmailRoute,
  changeMyPasswordRoute,
  getMyProfileRoute,
  listMyOrdersRoute,
  logoutEverywhereRoute,
  logoutRoute,
  resendVerificationRoute,
  updateMyProfileRoute,
} from './me.routes';

export const customersRouter = createRouter();

customersRouter.openAPIRegistry.registerComponent('securitySchemes', 'customerBearer', {
  type: 'http',
  scheme: 'bearer',
  bearerFormat: 'JWT',
  description: 'A customer access token from /customers/login, /customers/register or /customers/refresh',
});

customersRouter
  .openapi(registerCustomerRoute, async (c) => {
    const body = c.req.valid('json');
    const preferredLang = body.preferredLang ?? resolveLang(undefined, c.req.header('accept-language'));
    c.header('Cache-Control', 'no-store');
    return c.json(await c.var.services.customers.accounts.register({ ...body, preferredLang }, clientContext(c)), 201);
  })
  .openapi(loginCustomerRoute, async (c) => {
    c.header('Cache-Control', 'no-store');
    return c.json(await c.var.services.customers.sessions.login(c.req.valid('json'), clientContext(c)), 200);
  })
  .openapi(refreshCustomerSessionRoute, async (c) => {
    c.header('Cache-Control', 'no-store');
    return c.json(await c.var.services.customers.sessions.refresh(c.req.valid('json').refreshToken, clientContext(c)), 200);
  })
  .openapi(verifyCustomerEmailRoute, async (c) => {
    return c.json(await c.var.services.customers.emails.verify(c.req.valid('json').token), 200);
  })
  .openapi(confirmEmailChangeRoute, async (c) => {
    const openedBy = await optionalCustomer(c);
    return c.json(await c.var.services.customers.emailChanges.confirm(c.req.valid('json').token, openedBy), 200);
  })
  .openapi(requestPasswordResetRoute, async (c) => {
    await c.var.services.customers.emails.requestReset(c.req.valid('json').email, clientIp(c));
    return c.json({ accepted: true as const }, 202);
  })
  .openapi(resetPasswordRoute, async (c) => {
    const { token, newPassword } = c.req.valid('json');
    await c.var.services.customers.emails.reset(token, newPassword);
    return c.body(null, 204);
  })
  .openapi(getMyProfileRoute, async (c) => {
    const me = await requireCustomer(c);
    c.header('Cache-Control', 'no-store');
    return c.json(await c.var.services.customers.accounts.profile(me.customerId), 200);
  })
  .openapi(updateMyProfileRoute, async (c) => {
    const me = await requireCustomer(c);
    return c.json(await c.var.services.customers.accounts.updateProfile(me.customerId, c.req.valid('json')), 200);
  })
  .openapi(changeMyPasswordRoute, async (c) => {
    const me = await requireCustomer(c);
    await c.var.services.customers.accounts.changePassword(me, c.req.valid('json'), clientContext(c));
    return c.body(null, 204);
  })
  .openapi(changeMyEmailRoute, async (c) => {
    const me = await requireCustomer(c);
    return c.json(await c.var.services.customers.emailChanges.request(me, c.req.valid('json'), clientContext(c)), 202);
  })
  .openapi(resendVerificationRoute, async (c) => {
    const me = await requireCustomer(c);
    await c.var.services.customers.emails.resendVerification(me.customerId);
    return c.json({ accepted: true as const }, 202);
  })
  .openapi(logoutRoute, async (c) => {
    await c.var.services.customers.sessions.logout(await requireCustomer(c));
    return c.body(null, 204);
  })
  .openapi(logoutEverywhereRoute, async (c) => {
    await c.var.services.customers.sessions.logoutEverywhere(await requireCustomer(c));
    return c.body(null, 204);
  })
  .openapi(listMyOrdersRoute, async (c) => {
    const me = await requireCustomer(c);
    const { limit, cursor, lang } = c.req.valid('query');
    const { customers, orders } = c.var.services;
    const preferredLang = lang ?? (await customers.accounts.profile(me.customerId)).preferredLang;
    c.header('Cache-Control', 'no-store');
    return c.json(await orders.ownership.history(me.customerId, { limit, cursor, lang: preferredLang }), 200);
  });
