import type { DataSource } from 'typeorm';
import type { LoginThrottle } from '../../platform/auth/login-throttle';
import { hashPassword } from '../../platform/auth/passwords';
import type { RateLimiter } from '../../platform/auth/rate-limiter';
import type { RefreshSessions } from '../../platform/auth/refresh-sessions';
import type { OrderOwnership } from '../orders/order-ownership';
import type { Queryable } from '../../platform/db/sql-client';
import { enqueue } from '../../platform/outbox/enqueue';
import { canonicalEmail, findCustomerByEmail, requireCustomerRow } from './customer-records';
import { assertStrongPassword } from './customer-accounts.service';
import { CustomerErrors } from './customers.errors';
import { PASSWORD_RESET_REQUESTED } from './customers.events';
import type { EmailTokens } from './email-tokens';

/** How often the emails of this service may be asked for (per hour), against mail bombing. */
export const EMAIL_LIMITS = {
  verificationPerAccount: 3,
  resetPerEmail: 3,
  resetPerIp: 20,
  windowSeconds: 3_600,
} as const;

/**
 * The emailed flows: confirming the address (which brings the account its guest orders) and
 * resetting a forgotten password. Each email is an outbox row written with its token, so a
 * token exists if and only if its email will be sent.
 */
export class AccountEmails {
  constructor(
    private readonly db: DataSource,
    private readonly emailTokens: EmailTokens,
    private readonly refreshSessions: RefreshSessions,
    private readonly orders: OrderOwnership,
    private readonly limiter: RateLimiter,
    private readonly throttle: LoginThrottle,
    private readonly clock: () => Date,
  ) {}

  /** Sends the verification email again (it also goes out at registration). */
  async resendVerification(customerId: string): Promise<void> {
    const row = await requireCustomerRow(this.db, customerId);
    if (row.email_verified_at) throw CustomerErrors.emailAlreadyVerified();
    const rate = await this.limiter.hit(`verify-email:customer:${customerId}`, EMAIL_LIMITS.verificationPerAccount, EMAIL_LIMITS.windowSeconds);
    if (!rate.allowed) throw CustomerErrors.tooManyRequests(rate.retryAfterSeconds);
    await this.db.transaction(async (tx) => {
      await this.emailTokens.send(tx, { customerId, email: row.email, locale: row.preferred_lang, fullName: row.full_name }, 'email_verification', this.clock());
    });
  }

  /**
   * Confirms the address and, in the same transaction, gives the account every guest order
   * placed with it.
   */
  async verify(token: string): Promise<{ email: string; emailVerifiedAt: string; linkedOrders: number }> {
    const now = this.clock();
    return this.db.transaction(async (tx) => {
      const consumed = await this.emailTokens.consume(tx, token, 'email_verification', now);
      if (!consumed) throw CustomerErrors.tokenInvalid('email_verification');
      const { customerId } = consumed;
      const [row] = (await tx.query(
        `WITH verified AS (
           UPDATE customer SET email_verified_at = COALESCE(email_verified_at, $2) WHERE id = $1 RETURNING email, email_verified_at
         ) SELECT email, email_verified_at FROM verified`,
        [customerId, now],
      )) as Array<{ email: string; email_verified_at: Date }>;
      const linkedOrders = await this.orders.linkByEmail(tx, customerId, row!.email);
      return { email: row!.email, emailVerifiedAt: row!.email_verified_at.toISOString(), linkedOrders };
    });
  }

  /**
   * Takes a request for a reset link. The answer is the same whether or not the address has an
   * account, and so is the work: the request is queued as it is, and whether a link is mailed
   * is decided by `sendResetLink`, in the background, where its timing tells nothing.
   */
  async requestReset(email: string, ip: string | null): Promise<void> {
    if (ip) {
      const fromIp = await this.limiter.hit(`password-reset:ip:${ip}`, EMAIL_LIMITS.resetPerIp, EMAIL_LIMITS.windowSeconds);
      if (!fromIp.allowed) throw CustomerErrors.tooManyRequests(fromIp.retryAfterSeconds);
    }
    const login = canonicalEmail(email);
    const perEmail = await this.limiter.hit(`password-reset:email:${login}`, EMAIL_LIMITS.resetPerEmail, EMAIL_LIMITS.windowSeconds);
    // Over the per-address limit nothing more is sent, silently: a 429 here would confirm the account.
    if (!perEmail.allowed) return;
    await enqueue(this.db, PASSWORD_RESET_REQUESTED, { email: login });
  }

  /** The background half of `requestReset`: mails a reset link if the address has an account. */
  async sendResetLink(tx: Queryable, email: string): Promise<void> {
    const row = await findCustomerByEmail(tx, email);
    if (!row) return;
    await this.emailTokens.send(tx, { customerId: row.id, email: row.email, locale: row.preferred_lang, fullName: row.full_name }, 'password_reset', this.clock());
  }

  /** Sets a new password with a reset link; every login of the account ends. */
  async reset(token: string, newPassword: string): Promise<void> {
    const now = this.clock();
    const passwordHash = await hashPassword(newPassword);
    const email = await this.db.transaction(async (tx) => {
      const consumed = await this.emailTokens.consume(tx, token, 'password_reset', now);
      if (!consumed) throw CustomerErrors.tokenInvalid('password_reset');
      const { customerId } = consumed;
      const row = await requireCustomerRow(tx, customerId, true);
      // A refused password rolls the transaction back, so the link still works for a better one.
      assertStrongPassword(newPassword, row.email, 'body.newPassword');
      await tx.query('UPDATE customer SET password_hash = $2 WHERE id = $1', [customerId, passwordHash]);
      await this.refreshSessions.revokeAll(customerId, now, tx);
      // Whoever asked to move the account to another address no longer has the password.
      await this.emailTokens.retire(tx, customerId, 'email_change', now);
      return row.email;
    });
    // The owner of the mailbox is back in: a pause earned by someone guessing ends.
    await this.throttle.succeeded(email);
  }
}
