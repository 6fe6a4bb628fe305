import { randomUUID } from 'node:crypto';
import { hashPassword } from '../platform/auth/passwords';
import type { PermissionSet, Role } from '../modules/staff/permissions';
import type { TestApp } from './test-app';

export const STAFF_PASSWORD = 'причал-пароль-2026';
// Hashing is deliberately slow; every factory-made user shares one hash of the same password.
let passwordHash: Promise<string> | undefined;

export interface StaffLogin {
  id: string;
  email: string;
  password: string;
  /** A bearer token of a fresh login. */
  token: string;
  refreshToken: string;
  sessionId: string;
  /** `{ authorization: 'Bearer …' }` for supertest's `.set()`. */
  auth: { authorization: string };
}

/**
 * A staff user signed in, straight through the services (the login route has its own tests).
 *
 * @example
 * const manager = await makeStaff(t, { role: 'manager', grants: { orders: 'read' } });
 * await request(t.server).get('/api/v1/admin/orders').set(manager.auth);
 */
export async function makeStaff(
  t: TestApp,
  options: { role?: Role; grants?: PermissionSet; mustChangePassword?: boolean; email?: string } = {},
): Promise<StaffLogin> {
  passwordHash ??= hashPassword(STAFF_PASSWORD);
  const email = options.email ?? `staff.${randomUUID().slice(0, 8)}@prichal.test`;
  const role = options.role ?? 'manager';
  const [row] = await t.db.query(
    `INSERT INTO staff_user (email, name, password_hash, role, must_change_password) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [email, `Сотрудник ${email.slice(6, 14)}`, await passwordHash, role, options.mustChangePassword ?? false],
  );
  for (const [section, access] of Object.entries(options.grants ?? {})) {
    await t.db.query('INSERT INTO staff_permission (user_id, section, access) VALUES ($1, $2, $3)', [row.id, section, access]);
  }
  const session = await t.services.staff.sessions.start(row.id);
  const token = await t.services.auth.tokens.issue('staff', { sub: row.id, sid: session.sessionId, role });
  return {
    id: row.id, email, password: STAFF_PASSWORD, token, refreshToken: session.token, sessionId: session.sessionId,
    auth: { authorization: `Bearer ${token}` },
  };
}

/** The audit rows about one entity, oldest first. */
export async function auditRows(t: TestApp, entityType: string, entityId: string): Promise<any[]> {
  return t.db.query('SELECT * FROM audit_log WHERE entity_type = $1 AND entity_id = $2 ORDER BY id', [entityType, entityId]);
}
