import type { Context } from 'hono';
import type { AppEnv } from '../../platform/http/app-env';
import { clientIp } from '../../platform/http/client-ip';
import type { AuditActor, AuditContext } from '../audit/audit-context';
import type { StaffPrincipal } from './staff-principal';
import { StaffErrors } from './staff.errors';

// The HTTP side of staff: what the permission middleware leaves on the request, and the plain
// values handlers hand to services. Services take StaffPrincipal/AuditContext, never a Context.

declare module 'hono' {
  interface ContextVariableMap {
    /** Set by the permission middleware on every /admin route that needs a sign-in. */
    staff: StaffPrincipal | undefined;
  }
}

/**
 * The signed-in staff member; only on routes whose permission is not `public`.
 *
 * @example
 * const me = currentStaff(c);
 */
export function currentStaff(c: Context): StaffPrincipal {
  const staff = c.get('staff');
  if (!staff) throw StaffErrors.authenticationRequired();
  return staff;
}

/**
 * The audit context of a CRM request: the signed-in staff member (set by the permission
 * middleware), the caller's IP and the request id.
 *
 * @example
 * await c.var.services.adminOrders.cancel(auditContextOf(c), orderId, reason);
 */
export function auditContextOf(c: Context<AppEnv>, actor?: AuditActor): AuditContext {
  const staff = c.get('staff');
  return {
    actor: actor ?? (staff ? { id: staff.id, label: staff.email } : { id: null, label: 'anonymous' }),
    ip: clientIp(c),
    requestId: c.get('requestId') ?? null,
  };
}
