import type { DataSource } from 'typeorm';
import type { Logger } from '../../platform/logger';
import type { AccessTokens } from '../../platform/auth/access-tokens';
import type { LoginThrottle } from '../../platform/auth/login-throttle';
import type { RefreshSessions } from '../../platform/auth/refresh-sessions';
import { hashPassword, needsRehash, verifyPassword } from '../../platform/auth/passwords';
import type { AuditService } from '../audit/audit.service';
import type { AuditContext } from '../audit/audit-context';
import type { StaffAccount, StaffDirectory } from './staff-directory';
import type { StaffPrincipal } from './staff-principal';
import { effectivePermissions, type SectionPermission } from './permissions';
import { assertAcceptablePassword } from './staff-passwords';
import { StaffErrors } from './staff.errors';

/** What the CRM knows about who is signed in. */
export interface StaffMe {
  id: string;
  email: string;
  name: string;
  role: StaffAccount['role'];
  mustChangePassword: boolean;
  grants: StaffAccount['grants'];
  permissions: SectionPermission[];
}

/** Tokens of a login: a short access token (JWT) and a rotating refresh token. */
export interface StaffSession {
  accessToken: string;
  accessTokenExpiresIn: number;
  refreshToken: string;
  refreshTokenExpiresAt: string;
  user: StaffMe;
}

export interface ClientInfo {
  ip: string | null;
  userAgent: string | null;
}

/**
 * Staff sign-in: password login (argon2id, throttled per account and per IP, every attempt
 * audited), rotating refresh tokens, logout, and password changes. Each request is checked
 * against the login it belongs to, so ending a login or deactivating a user locks them out
 * at once — not when their access token expires.
 */
export class StaffAuthService {
  constructor(
    private readonly db: DataSource,
    private readonly directory: StaffDirectory,
    private readonly tokens: AccessTokens,
    private readonly sessions: RefreshSessions,
    private readonly throttle: LoginThrottle,
    private readonly audit: AuditService,
    private readonly logger: Logger,
  ) {}

  async login(ctx: AuditContext, input: { email: string; password: string }, client: ClientInfo): Promise<StaffSession> {
    const email = input.email.trim().toLowerCase();
    await this.throttle.admit(email, client.ip);
    const account = await this.directory.withPassword(email);
    // verifyPassword spends the same time on unknown accounts, so timing does not list them.
    const passwordOk = await verifyPassword(account?.passwordHash, input.password);
    if (!account || !passwordOk || !account.active) {
      await this.throttle.failed(email);
      const reason = !account ? 'unknown_account' : !passwordOk ? 'wrong_password' : 'inactive';
      await this.audit.record(this.db, { ...ctx, actor: { id: null, label: email } }, {
        action: 'staff.login_failed', entityType: 'staff_user', entityId: account?.id ?? null, after: { email, reason },
      });
      throw StaffErrors.invalidCredentials();
    }
    await this.throttle.succeeded(email);
    const refresh = await this.sessions.start(account.id, client);
    await this.db.transaction(async (tx) => {
      await tx.query('UPDATE staff_user SET last_login_at = now() WHERE id = $1', [account.id]);
      // Hashes made with older settings are upgraded while the password is at hand.
      if (needsRehash(account.passwordHash)) {
        await tx.query('UPDATE staff_user SET password_hash = $2 WHERE id = $1', [account.id, await hashPassword(input.password)]);
      }
      await this.audit.record(tx, { ...ctx, actor: { id: account.id, label: account.email } }, {
        action: 'staff.login', entityType: 'staff_user', entityId: account.id, after: { sessionId: refresh.sessionId },
      });
    });
    this.logger.info({ staffId: account.id }, 'staff signed in');
    return this.session(account, refresh);
  }

  async refresh(refreshToken: string, client: ClientInfo): Promise<StaffSession> {
    const next = await this.sessions.rotate(refreshToken, client);
    if (!next) throw StaffErrors.invalidRefreshToken();
    const account = await this.directory.byId(next.principalId);
    if (!account?.active) {
      await this.sessions.revokeSession(next.sessionId);
      throw StaffErrors.invalidRefreshToken();
    }
    return this.session(account, next);
  }

  async logout(ctx: AuditContext, principal: StaffPrincipal): Promise<void> {
    await this.db.transaction(async (tx) => {
      await this.sessions.revokeSession(principal.sessionId, new Date(), tx);
      await this.audit.record(tx, ctx, { action: 'staff.logout', entityType: 'staff_user', entityId: principal.id });
    });
  }

  /** Sets a new password, ends every login of the user, and starts a fresh one for this client. */
  async changePassword(
    ctx: AuditContext,
    principal: StaffPrincipal,
    input: { currentPassword: string; newPassword: string },
    client: ClientInfo,
  ): Promise<StaffSession> {
    const account = await this.directory.withPassword(principal.email);
    if (!account || !(await verifyPassword(account.passwordHash, input.currentPassword))) throw StaffErrors.wrongPassword();
    assertAcceptablePassword(input.newPassword, { email: account.email, current: input.currentPassword });
    const hash = await hashPassword(input.newPassword);
    await this.db.transaction(async (tx) => {
      await tx.query('UPDATE staff_user SET password_hash = $2, must_change_password = false WHERE id = $1', [account.id, hash]);
      await this.sessions.revokeAll(account.id, new Date(), tx);
      await this.audit.record(tx, ctx, {
        action: 'staff.password_change', entityType: 'staff_user', entityId: account.id,
        before: { mustChangePassword: account.mustChangePassword }, after: { mustChangePassword: false },
      });
    });
    const refresh = await this.sessions.start(account.id, client);
    return this.session({ ...account, mustChangePassword: false }, refresh);
  }

  /**
   * The staff member behind a bearer token: a valid staff-audience JWT whose login is still
   * active and whose account is active. Anything else is a 401.
   */
  async authenticate(token: string | null): Promise<StaffPrincipal> {
    if (!token) throw StaffErrors.authenticationRequired('missing');
    const claims = await this.tokens.verify('staff', token);
    if (!claims) throw StaffErrors.authenticationRequired('invalid');
    const [active, account] = await Promise.all([this.sessions.isActive(claims.sid), this.directory.byId(claims.sub)]);
    if (!active || !account?.active) throw StaffErrors.authenticationRequired('revoked');
    return {
      id: account.id, email: account.email, name: account.name, role: account.role, grants: account.grants,
      mustChangePassword: account.mustChangePassword, sessionId: claims.sid,
    };
  }

  async me(principal: StaffPrincipal): Promise<StaffMe> {
    const account = await this.directory.byId(principal.id);
    if (!account) throw StaffErrors.authenticationRequired('revoked');
    return meOf(account);
  }

  private async session(account: StaffAccount, refresh: { token: string; sessionId: string; expiresAt: Date }): Promise<StaffSession> {
    const accessToken = await this.tokens.issue('staff', { sub: account.id, sid: refresh.sessionId, role: account.role });
    return {
      accessToken,
      accessTokenExpiresIn: this.tokens.lifetimeSeconds,
      refreshToken: refresh.token,
      refreshTokenExpiresAt: refresh.expiresAt.toISOString(),
      user: meOf(account),
    };
  }
}

export function meOf(account: StaffAccount): StaffMe {
  return {
    id: account.id,
    email: account.email,
    name: account.name,
    role: account.role,
    mustChangePassword: account.mustChangePassword,
    grants: account.grants,
    permissions: effectivePermissions(account.role, account.grants),
  };
}
