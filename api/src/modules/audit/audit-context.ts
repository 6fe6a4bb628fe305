/** Who acts: a staff member (id and e-mail), or nobody signed in (id null and a label). */
export interface AuditActor {
  id: string | null;
  label: string;
}

/**
 * Where an action comes from, carried from the request into the service that audits it. A plain
 * value, so services and workers build or receive it without knowing about HTTP; a CRM handler
 * gets it from `auditContextOf(c)` (staff/staff-request.ts).
 */
export interface AuditContext {
  actor: AuditActor;
  ip: string | null;
  requestId: string | null;
}

/** The system itself (workers, start-up), for actions no person took. */
export const SYSTEM_ACTOR: AuditActor = { id: null, label: 'system' };
