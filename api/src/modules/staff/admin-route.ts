import { createRoute, type RouteConfig } from '@hono/zod-openapi';
import { problemResponses } from '../../platform/http/problem-responses';
import type { RoutePermission } from './permissions';
import { requirePermission } from './staff-auth.middleware';

/**
 * A CRM route: `createRoute` plus the permission it needs, declared once. The permission is
 * published in the OpenAPI operation as `x-permission` (the SDK, the CRM and the permission
 * matrix test read it there), enforced by the permission middleware, and the 401/403
 * responses it can cause are documented.
 *
 * @example
 * export const listOrdersRoute = adminRoute('orders:read', { method: 'get', path: '/admin/orders', ... });
 */
export function adminRoute<R extends RouteConfig>(permission: RoutePermission, route: R) {
  const denied: ReturnType<typeof problemResponses> = permission === 'public' ? {} : permission === 'self' ? problemResponses(401) : problemResponses(401, 403);
  return createRoute({
    ...route,
    'x-permission': permission as string,
    middleware: [requirePermission(permission)],
    // Typed as the author wrote them: the added problem entries carry no body type handlers need.
    responses: { ...route.responses, ...denied } as R['responses'],
  });
}
