import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../../platform/http/app-env';
import { bearerToken } from '../../platform/http/client-ip';
import { allows, type RoutePermission } from './permissions';
import { StaffErrors } from './staff.errors';

/**
 * The one gate of the CRM API: signs the caller in from the bearer token (staff audience,
 * login still active, account still active), holds anyone who must change their password to
 * the `self` routes, and checks the route's permission. It runs before request validation,
 * so nobody learns anything about a route they may not call.
 *
 * @example
 * createRoute({ ..., middleware: [requirePermission('orders:read')] })  // adminRoute() does this
 */
export function requirePermission(permission: RoutePermission): MiddlewareHandler<AppEnv> {
  return async function staffPermissionGate(c, next) {
    if (permission === 'public') return next();
    const staff = await c.var.services.staff.auth.authenticate(bearerToken(c));
    c.set('staff', staff);
    if (permission !== 'self') {
      if (staff.mustChangePassword) throw StaffErrors.passwordChangeRequired();
      if (!allows(staff.role, staff.grants, permission)) throw StaffErrors.permissionDenied(permission);
    }
    c.header('Cache-Control', 'no-store');
    await next();
  };
}
