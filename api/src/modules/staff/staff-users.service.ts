import type { DataSource, EntityManager } from 'typeorm';
import type { RefreshSessions } from '../../platform/auth/refresh-sessions';
import { hashPassword } from '../../platform/auth/passwords';
import type { AuditService } from '../audit/audit.service';
import type { AuditContext } from '../audit/audit-context';
import { changedFields } from '../audit/audit-diff';
import { allows, effectivePermissions, type Access, type PermissionSet, type Role, type Section, type SectionPermission } from './permissions';
import type { StaffAccount, StaffDirectory } from './staff-directory';
import type { StaffPrincipal } from './staff-principal';
import { assertAcceptablePassword } from './staff-passwords';
import { StaffErrors } from './staff.errors';

/** Any constant works; it only has to be the same in every process. */
export const STAFF_ACCESS_LOCK_KEY = 7_305_113;

export interface StaffUserView {
  id: string;
  email: string;
  name: string;
  role: Role;
  active: boolean;
  mustChangePassword: boolean;
  grants: PermissionSet;
  permissions: SectionPermission[];
  lastLoginAt: string | null;
  createdAt: string;
}

/**
 * Staff accounts and their permissions, as administrators (and Managers holding
 * `users:write`) manage them. Nobody grants more than they hold, only administrators touch
 * administrators, nobody locks themselves out, and there is always an active administrator.
 * Every change is audited in its transaction; deactivation ends the user's logins in it too.
 */
export class StaffUsersService {
  constructor(
    private readonly db: DataSource,
    private readonly directory: StaffDirectory,
    private readonly sessions: RefreshSessions,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<StaffUserView[]> {
    return (await this.directory.list()).map(viewOf);
  }

  async get(userId: string): Promise<StaffUserView> {
    const account = await this.directory.byId(userId);
    if (!account) throw StaffErrors.userNotFound(userId);
    return viewOf(account);
  }

  async create(
    ctx: AuditContext,
    actor: StaffPrincipal,
    input: { email: string; name: string; role: Role; password: string; grants?: PermissionSet | undefined },
  ): Promise<StaffUserView> {
    const email = input.email.trim().toLowerCase();
    if (input.role === 'administrator' && actor.role !== 'administrator') throw StaffErrors.administratorOnly();
    const grants = input.role === 'administrator' ? {} : (input.grants ?? {});
    assertNoEscalation(actor, grants);
    assertAcceptablePassword(input.password, { email }, 'body.password');
    const hash = await hashPassword(input.password);
    try {
      const id = await this.db.transaction(async (tx) => {
        const [row] = (await tx.query(
          `INSERT INTO staff_user (email, name, password_hash, role, must_change_password) VALUES ($1, $2, $3, $4, true) RETURNING id`,
          [email, input.name, hash, input.role],
        )) as Array<{ id: string }>;
        await writeGrants(tx, row!.id, grants);
        await this.audit.record(tx, ctx, {
          action: 'staff.user_create', entityType: 'staff_user', entityId: row!.id,
          after: { email, name: input.name, role: input.role, grants },
        });
        return row!.id;
      });
      return this.get(id);
    } catch (error) {
      if ((error as { driverError?: { constraint?: string } }).driverError?.constraint === 'staff_user_email_uq') throw StaffErrors.emailTaken(email);
      throw error;
    }
  }

  async update(
    ctx: AuditContext,
    actor: StaffPrincipal,
    userId: string,
    input: { name?: string | undefined; role?: Role | undefined; active?: boolean | undefined },
  ): Promise<StaffUserView> {
    await this.db.transaction(async (tx) => {
      // Role and activation changes run one at a time, so two administrators deactivating
      // each other at the same moment cannot leave none.
      await tx.query('SELECT pg_advisory_xact_lock($1)', [STAFF_ACCESS_LOCK_KEY]);
      const target = await this.lock(tx, userId);
      const next = { name: input.name ?? target.name, role: input.role ?? target.role, active: input.active ?? target.active };
      const accessChanges = next.role !== target.role || next.active !== target.active;
      if (accessChanges && userId === actor.id) throw StaffErrors.notYourself();
      if ((target.role === 'administrator' || next.role === 'administrator') && actor.role !== 'administrator') throw StaffErrors.administratorOnly();
      if (target.role === 'administrator' && target.active && (next.role !== 'administrator' || !next.active)) await this.assertAnotherAdministrator(tx, userId);
      await tx.query('UPDATE staff_user SET name = $2, role = $3, active = $4 WHERE id = $1', [userId, next.name, next.role, next.active]);
      // An administrator's rights come from the role; a demoted one starts a Manager with none.
      if (next.role !== target.role) await writeGrants(tx, userId, {});
      if (!next.active && target.active) await this.sessions.revokeAll(userId, new Date(), tx);
      const diff = changedFields(
        { name: target.name, role: target.role, active: target.active },
        { name: next.name, role: next.role, active: next.active },
      );
      await this.audit.record(tx, ctx, {
        action: !next.active && target.active ? 'staff.user_deactivate' : 'staff.user_update', entityType: 'staff_user', entityId: userId, ...diff,
      });
    });
    return this.get(userId);
  }

  async setGrants(ctx: AuditContext, actor: StaffPrincipal, userId: string, grants: PermissionSet): Promise<StaffUserView> {
    await this.db.transaction(async (tx) => {
      const target = await this.lock(tx, userId);
      if (target.role === 'administrator') throw StaffErrors.administratorOnly();
      assertNoEscalation(actor, grants, target.grants);
      await writeGrants(tx, userId, grants);
      await this.audit.record(tx, ctx, {
        action: 'staff.permissions_change', entityType: 'staff_user', entityId: userId, before: { grants: target.grants }, after: { grants },
      });
    });
    return this.get(userId);
  }

  /** A temporary password set by someone else: the user must change it, and every login ends. */
  async resetPassword(ctx: AuditContext, actor: StaffPrincipal, userId: string, password: string): Promise<StaffUserView> {
    const hash = await hashPassword(password);
    await this.db.transaction(async (tx) => {
      const target = await this.lock(tx, userId);
      if (target.role === 'administrator' && actor.role !== 'administrator') throw StaffErrors.administratorOnly();
      assertAcceptablePassword(password, { email: target.email }, 'body.password');
      await tx.query('UPDATE staff_user SET password_hash = $2, must_change_password = true WHERE id = $1', [userId, hash]);
      await this.sessions.revokeAll(userId, new Date(), tx);
      await this.audit.record(tx, ctx, { action: 'staff.password_reset', entityType: 'staff_user', entityId: userId, after: { mustChangePassword: true } });
    });
    return this.get(userId);
  }

  private async lock(tx: EntityManager, userId: string): Promise<StaffAccount> {
    await tx.query('SELECT id FROM staff_user WHERE id = $1 FOR UPDATE', [userId]);
    const account = await this.directory.byId(userId, tx);
    if (!account) throw StaffErrors.userNotFound(userId);
    return account;
  }

  private async assertAnotherAdministrator(tx: EntityManager, userId: string): Promise<void> {
    const others = (await tx.query("SELECT id FROM staff_user WHERE role = 'administrator' AND active AND id <> $1", [userId])) as unknown[];
    if (others.length === 0) throw StaffErrors.lastAdministrator();
  }
}

/** Refuses grants beyond the actor's own; what the target already holds may stay as it is. */
function assertNoEscalation(actor: StaffPrincipal, grants: PermissionSet, current: PermissionSet = {}): void {
  const beyond = (Object.entries(grants) as Array<[Section, Access]>)
    .filter(([section, access]) => !(current[section] === 'write' || current[section] === access))
    .map(([section, access]) => `${section}:${access}` as SectionPermission)
    .filter((permission) => !allows(actor.role, actor.grants, permission));
  if (beyond.length > 0) throw StaffErrors.escalation(beyond);
}

async function writeGrants(tx: EntityManager, userId: string, grants: PermissionSet): Promise<void> {
  await tx.query('DELETE FROM staff_permission WHERE user_id = $1', [userId]);
  const entries = Object.entries(grants) as Array<[Section, Access]>;
  if (entries.length === 0) return;
  await tx.query('INSERT INTO staff_permission (user_id, section, access) SELECT $1, unnest($2::text[]), unnest($3::text[])', [
    userId, entries.map(([section]) => section), entries.map(([, access]) => access),
  ]);
}

function viewOf(account: StaffAccount): StaffUserView {
  return {
    id: account.id,
    email: account.email,
    name: account.name,
    role: account.role,
    active: account.active,
    mustChangePassword: account.mustChangePassword,
    grants: account.grants,
    permissions: effectivePermissions(account.role, account.grants),
    lastLoginAt: account.lastLoginAt?.toISOString() ?? null,
    createdAt: account.createdAt.toISOString(),
  };
}
