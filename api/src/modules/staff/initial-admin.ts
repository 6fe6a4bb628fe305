import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { hashPassword } from '../../platform/auth/passwords';
import type { AuditService } from '../audit/audit.service';
import { SYSTEM_ACTOR } from '../audit/audit-context';
import { assertAcceptablePassword } from './staff-passwords';

export const DEFAULT_ADMIN_EMAIL = 'admin@prichal.local';

/** Any constant works; every process that might create the first administrator uses it. */
const BOOTSTRAP_LOCK_KEY = 7_305_112;

export interface InitialAdmin {
  email: string;
  /** Set only when this call made it up: the caller prints it once. */
  generatedPassword: string | null;
}

/**
 * Creates the first administrator when there is no staff user at all: `ADMIN_EMAIL` /
 * `ADMIN_PASSWORD` when given, otherwise admin@prichal.local with a generated password for
 * the caller to print once. Either way the password must be changed at the first sign-in.
 * A given `ADMIN_PASSWORD` must pass the staff password policy (a 400-style `validation_failed`
 * naming `ADMIN_PASSWORD`, which stops the start), but only when it is used: a deployment
 * that already has staff users starts whatever the variable says.
 * Returns null when staff users exist (the usual start). Safe when processes start together.
 */
export async function ensureInitialAdmin(
  db: DataSource,
  audit: AuditService,
  options: { email?: string | undefined; password?: string | undefined },
): Promise<InitialAdmin | null> {
  const generatedPassword = options.password ? null : randomBytes(12).toString('base64url');
  const password = options.password ?? (generatedPassword as string);
  const email = (options.email ?? DEFAULT_ADMIN_EMAIL).trim().toLowerCase();
  const hash = await hashPassword(password);
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [BOOTSTRAP_LOCK_KEY]);
    const existing = (await tx.query('SELECT 1 FROM staff_user LIMIT 1')) as unknown[];
    if (existing.length > 0) return null;
    if (options.password) assertAcceptablePassword(options.password, { email }, 'ADMIN_PASSWORD');
    const [row] = (await tx.query(
      `INSERT INTO staff_user (email, name, password_hash, role, must_change_password)
       VALUES ($1, 'Administrator', $2, 'administrator', true) RETURNING id`,
      [email, hash],
    )) as Array<{ id: string }>;
    await audit.record(tx, { actor: SYSTEM_ACTOR, ip: null, requestId: null }, {
      action: 'staff.user_create', entityType: 'staff_user', entityId: row!.id, after: { email, role: 'administrator', initial: true },
    });
    return { email, generatedPassword };
  });
}
