import type { DataSource } from 'typeorm';
import type { LoginThrottle } from '../../platform/auth/login-throttle';
import type { RateLimiter } from '../../platform/auth/rate-limiter';
import type { RefreshSessions } from '../../platform/auth/refresh-sessions';
import { enqueue } from '../../platform/outbox/enqueue';
import { EMAIL_CHANGE_NOTICE } from '../notifications/notifications.events';
import type { OrderOwnership } from '../orders/order-ownership';
import { withCurrentPassword } from './customer-accounts.service';
import { canonicalEmail, findCustomerByEmail, requireCustomerRow } from './customer-records';
import type { ClientContext, CustomerPrincipal } from './customer-sessions.service';
import { CustomerErrors } from './customers.errors';
import type { EmailTokens } from './email-tokens';

/** How many email-change links an account may ask for per hour, against mail bombing. */
export const EMAIL_CHANGE_LIMIT = { perAccount: 3, windowSeconds: 3_600 } as const;

/**
 * Moving an account to another email address. Asking needs the current password; the account
 * moves only when the link sent to the new address is opened, so nobody can move an account
 * to a mailbox they cannot read, and the old address is told at once. Changing or resetting
 * the password cancels a pending move.
 */
export class EmailChanges {
  constructor(
    private readonly db: DataSource,
    private readonly emailTokens: EmailTokens,
    private readonly refreshSessions: RefreshSessions,
    private readonly orders: OrderOwnership,
    private readonly limiter: RateLimiter,
    private readonly throttle: LoginThrottle,
    private readonly clock: () => Date,
  ) {}

  async request(
    principal: CustomerPrincipal,
    input: { newEmail: string; currentPassword: string },
    client: ClientContext,
  ): Promise<{ newEmail: string; expiresAt: string }> {
    const row = await withCurrentPassword(this.db, this.throttle, principal.customerId, input.currentPassword, client);
    const newEmail = canonicalEmail(input.newEmail);
    if (newEmail === row.email) throw CustomerErrors.invalidField('body.newEmail', 'is already the email of this account');
    if (await findCustomerByEmail(this.db, newEmail)) throw CustomerErrors.emailTaken(newEmail);
    const rate = await this.limiter.hit(`email-change:customer:${row.id}`, EMAIL_CHANGE_LIMIT.perAccount, EMAIL_CHANGE_LIMIT.windowSeconds);
    if (!rate.allowed) throw CustomerErrors.tooManyRequests(rate.retryAfterSeconds);
    const now = this.clock();
    const { expiresAt } = await this.db.transaction(async (tx) => {
      const sent = await this.emailTokens.send(
        tx, { customerId: row.id, email: newEmail, locale: row.preferred_lang, fullName: row.full_name }, 'email_change', now,
      );
      await enqueue(tx, EMAIL_CHANGE_NOTICE, { email: row.email, newEmail, locale: row.preferred_lang });
      return sent;
    });
    return { newEmail, expiresAt: expiresAt.toISOString() };
  }

  /**
   * Moves the account to the address the link was sent to, which is thereby confirmed. Every
   * other login ends (the one opening the link, if it is this account's, stays); links mailed
   * to the old address stop working; guest orders placed with the new address join the
   * account; and the account's upcoming orders are written to the new address from now on.
   */
  async confirm(token: string, openedBy: CustomerPrincipal | null): Promise<{ email: string; emailVerifiedAt: string; linkedOrders: number }> {
    const now = this.clock();
    return this.db.transaction(async (tx) => {
      const consumed = await this.emailTokens.consume(tx, token, 'email_change', now);
      if (!consumed?.newEmail) throw CustomerErrors.tokenInvalid('email_change');
      const { customerId, newEmail } = consumed;
      const before = await requireCustomerRow(tx, customerId, true);
      await tx.query('UPDATE customer SET email = $2, email_verified_at = $3 WHERE id = $1', [customerId, newEmail, now]).catch((error: unknown) => {
        // Someone registered the address after the link was sent; rolled back, the link stays unused.
        if ((error as { driverError?: { code?: string } }).driverError?.code === '23505') throw CustomerErrors.emailTaken(newEmail);
        throw error;
      });
      await this.emailTokens.retire(tx, customerId, 'all', now);
      await tx.query(
        `UPDATE orders o SET customer_email = $3
           FROM event e
          WHERE o.event_id = e.id AND o.customer_id = $1 AND lower(o.customer_email) = $2 AND e.starts_at > $4`,
        [customerId, before.email, newEmail, now],
      );
      const linkedOrders = await this.orders.linkByEmail(tx, customerId, newEmail);
      if (openedBy?.customerId === customerId) await this.refreshSessions.revokeOthers(customerId, openedBy.sessionId, now, tx);
      else await this.refreshSessions.revokeAll(customerId, now, tx);
      return { email: newEmail, emailVerifiedAt: now.toISOString(), linkedOrders };
    });
  }
}
