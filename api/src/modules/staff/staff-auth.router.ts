import type { Context } from 'hono';
import { createRouter } from '../../platform/http/router';
import { clientIp } from '../../platform/http/client-ip';
import type { AppEnv } from '../../platform/http/app-env';
import { auditContextOf, currentStaff } from './staff-request';
import type { ClientInfo } from './staff-auth.service';
import { staffChangePasswordRoute, staffLoginRoute, staffLogoutRoute, staffMeRoute, staffRefreshRoute } from './staff-auth.routes';

const clientOf = (c: Context<AppEnv>): ClientInfo => ({ ip: clientIp(c), userAgent: c.req.header('user-agent') ?? null });

export const staffAuthRouter = createRouter()
  .openapi(staffLoginRoute, async (c) => {
    c.header('Cache-Control', 'no-store');
    return c.json(await c.var.services.staff.auth.login(auditContextOf(c), c.req.valid('json'), clientOf(c)), 200);
  })
  .openapi(staffRefreshRoute, async (c) => {
    c.header('Cache-Control', 'no-store');
    return c.json(await c.var.services.staff.auth.refresh(c.req.valid('json').refreshToken, clientOf(c)), 200);
  })
  .openapi(staffLogoutRoute, async (c) => {
    await c.var.services.staff.auth.logout(auditContextOf(c), currentStaff(c));
    return c.body(null, 204);
  })
  .openapi(staffMeRoute, async (c) => c.json(await c.var.services.staff.auth.me(currentStaff(c)), 200))
  .openapi(staffChangePasswordRoute, async (c) => {
    const session = await c.var.services.staff.auth.changePassword(auditContextOf(c), currentStaff(c), c.req.valid('json'), clientOf(c));
    return c.json(session, 200);
  });
