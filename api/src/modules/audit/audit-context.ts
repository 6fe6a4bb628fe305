import type { Context } from 'hono';
import type { AppEnv } from '../../platform/http/app-env';
import { clientIp } from '../../platform/http/client-ip';

/** Who acts: a staff member (id and e-mail), or nobody signed in (id null and a label). */
export interface AuditActor {
  id: string | null;
  label: string;
}

/** Where an action comes from, carried from the request into the service that audits it. */
export interface AuditContext {
  actor: AuditActor;
  ip: string | null;
  requestId: string | null;
}

/** The system itself (workers, start-up), for actions no person took. */
export const SYSTEM_ACTOR: AuditActor = { id: null, label: 'system' };

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
