import type { DataSource } from 'typeorm';
import type { AccessTokens } from '../../platform/auth/access-tokens';
import type { LoginThrottle } from '../../platform/auth/login-throttle';
import { hashPassword, needsRehash, verifyPassword } from '../../platform/auth/passwords';
import type { RefreshSessions } from '../../platform/auth/refresh-sessions';
import type { OrderOwnership } from '../orders/order-ownership';
import { canonicalEmail, findCustomerByEmail, requireCustomerRow, toProfile, type CustomerProfile } from './customer-records';
import { CustomerErrors } from './customers.errors';

/** A logged-in customer, as proven by a customer access token. */
export interface CustomerPrincipal {
  customerId: string;
  /** The login (refresh-token family) the access token belongs to. */
  sessionId: string;
}

/** Where a login comes from, kept with the session for the customer's device list and support. */
export interface ClientContext {
  ip: string | null;
  userAgent: string | null;
}

export interface CustomerSession {
  accessToken: string;
  tokenType: 'Bearer';
  expiresIn: number;
  refreshToken: string;
  refreshTokenExpiresAt: string;
  customer: CustomerProfile;
}

/**
 * Customer logins: password login under the login throttle, short-lived access tokens,
 * rotating refresh tokens, logout of one login or all of them. An access token counts only
 * while its login is active, so logging out takes effect at once, not when the token expires.
 */
export class CustomerSessions {
  constructor(
    private readonly db: DataSource,
    private readonly tokens: AccessTokens,
    readonly refreshSessions: RefreshSessions,
    private readonly throttle: LoginThrottle,
    private readonly orders: OrderOwnership,
    private readonly clock: () => Date,
  ) {}

  async login(input: { email: string; password: string }, client: ClientContext): Promise<CustomerSession> {
    const login = canonicalEmail(input.email);
    await this.throttle.admit(login, client.ip);
    const row = await findCustomerByEmail(this.db, login);
    // verifyPassword spends the same effort on an unknown account, so timing tells nothing either.
    const matches = await verifyPassword(row?.password_hash, input.password);
    if (!row || !matches) {
      await this.throttle.failed(login);
      throw CustomerErrors.invalidCredentials();
    }
    await this.throttle.succeeded(login);
    if (needsRehash(row.password_hash)) {
      await this.db.query('UPDATE customer SET password_hash = $2 WHERE id = $1', [row.id, await hashPassword(input.password)]);
    }
    // Linking happens when the email is verified; repeating it here picks up a guest order that
    // was being placed at that very moment (idempotent, and cheap on the email index).
    if (row.email_verified_at) await this.orders.linkByEmail(this.db, row.id, row.email);
    return this.start(row.id, client);
  }

  /** Opens a new login for a customer who has just proven who they are. */
  async start(customerId: string, client: ClientContext): Promise<CustomerSession> {
    const refresh = await this.refreshSessions.start(customerId, client, this.clock());
    return this.session(customerId, refresh.sessionId, refresh.token, refresh.expiresAt);
  }

  async refresh(refreshToken: string, client: ClientContext): Promise<CustomerSession> {
    const next = await this.refreshSessions.rotate(refreshToken, client, this.clock());
    if (!next) throw CustomerErrors.invalidRefreshToken();
    return this.session(next.principalId, next.sessionId, next.token, next.expiresAt);
  }

  /** The customer a Bearer token speaks for; null when it is not a live customer login. */
  async authenticate(accessToken: string): Promise<CustomerPrincipal | null> {
    const now = this.clock();
    const claims = await this.tokens.verify('customer', accessToken, now);
    if (!claims || !(await this.refreshSessions.isActive(claims.sid, now))) return null;
    return { customerId: claims.sub, sessionId: claims.sid };
  }

  async logout(principal: CustomerPrincipal): Promise<void> {
    await this.refreshSessions.revokeSession(principal.sessionId, this.clock());
  }

  async logoutEverywhere(principal: CustomerPrincipal): Promise<void> {
    await this.refreshSessions.revokeAll(principal.customerId, this.clock());
  }

  private async session(customerId: string, sessionId: string, refreshToken: string, refreshExpiresAt: Date): Promise<CustomerSession> {
    const customer = await requireCustomerRow(this.db, customerId);
    return {
      accessToken: await this.tokens.issue('customer', { sub: customerId, sid: sessionId }, this.clock()),
      tokenType: 'Bearer',
      expiresIn: this.tokens.lifetimeSeconds,
      refreshToken,
      refreshTokenExpiresAt: refreshExpiresAt.toISOString(),
      customer: toProfile(customer),
    };
  }
}
