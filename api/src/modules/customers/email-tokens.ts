import { createHash, randomBytes } from 'node:crypto';
import type { Queryable } from '../../platform/db/sql-client';
import type { Lang } from '../../platform/http/locale';
import { enqueue } from '../../platform/outbox/enqueue';
import { EMAIL_CHANGE, EMAIL_VERIFICATION, PASSWORD_RESET } from '../notifications/notifications.events';

export type EmailTokenPurpose = 'email_verification' | 'password_reset' | 'email_change';
const PURPOSES: readonly EmailTokenPurpose[] = ['email_verification', 'password_reset', 'email_change'];

/**
 * How long an emailed link works: two days to confirm an address, one day to confirm a new
 * one, one hour to reset a password.
 */
export const EMAIL_TOKEN_TTL_MS: Record<EmailTokenPurpose, number> = {
  email_verification: 48 * 3_600_000,
  password_reset: 3_600_000,
  email_change: 24 * 3_600_000,
};

const LINK_PATH: Record<EmailTokenPurpose, string> = {
  email_verification: '/account/verify',
  password_reset: '/account/reset',
  email_change: '/account/confirm-email',
};

/** The outbox topics the notifications module turns into emails. */
const EMAIL_TOPIC = { email_verification: EMAIL_VERIFICATION, password_reset: PASSWORD_RESET, email_change: EMAIL_CHANGE } as const;

/** Whom a used token was for and, for an email change, the address it moves the account to. */
export interface ConsumedToken {
  customerId: string;
  newEmail: string | null;
}

const hashOf = (token: string) => createHash('sha256').update(token).digest();

/**
 * Single-use, expiring tokens sent by email. Only their hashes are stored; a token is
 * consumed by the statement that checks it, so two clicks on one link cannot both succeed.
 */
export class EmailTokens {
  constructor(private readonly publicBaseUrl: string) {}

  /**
   * Issues a token and, in the same transaction, the outbox row that emails its link. A new
   * reset or email-change link retires the earlier ones (only the newest may change the
   * password or the address); earlier verification links keep working, because both emails
   * may arrive and either click is fine. An email-change link is sent to the new address,
   * `to.email`, and carries it.
   */
  async send(
    tx: Queryable,
    to: { customerId: string; email: string; locale: Lang; fullName: string | null },
    purpose: EmailTokenPurpose,
    now: Date,
  ): Promise<{ expiresAt: Date }> {
    if (purpose !== 'email_verification') await this.retire(tx, to.customerId, purpose, now);
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(now.getTime() + EMAIL_TOKEN_TTL_MS[purpose]);
    await tx.query(
      'INSERT INTO customer_token (customer_id, purpose, token_hash, expires_at, created_at, new_email) VALUES ($1, $2, $3, $4, $5, $6)',
      [to.customerId, purpose, hashOf(token), expiresAt, now, purpose === 'email_change' ? to.email : null],
    );
    const link = `${this.publicBaseUrl.replace(/\/+$/, '')}${LINK_PATH[purpose]}?token=${token}`;
    await enqueue(tx, EMAIL_TOPIC[purpose], {
      email: to.email, locale: to.locale, link, fullName: to.fullName, expiresAt: expiresAt.toISOString(), customerId: to.customerId,
    });
    return { expiresAt };
  }

  /** Uses up `token`; whom it was for, or null when it is unknown, used or expired. */
  async consume(tx: Queryable, token: string, purpose: EmailTokenPurpose, now: Date): Promise<ConsumedToken | null> {
    const [row] = (await tx.query(
      // Wrapped in a SELECT: TypeORM answers a bare UPDATE with [rows, count] instead of rows.
      `WITH used AS (
         UPDATE customer_token SET used_at = $3
          WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > $3
          RETURNING customer_id, new_email
       ) SELECT customer_id, new_email FROM used`,
      [hashOf(token), purpose, now],
    )) as Array<{ customer_id: string; new_email: string | null }>;
    if (!row) return null;
    await this.retire(tx, row.customer_id, purpose, now);
    return { customerId: row.customer_id, newEmail: row.new_email };
  }

  /**
   * Makes every open token of the purposes unusable (after a reset, a verification, a newer
   * email, or a change of address that leaves the old mailbox's links pointless).
   */
  async retire(tx: Queryable, customerId: string, purpose: EmailTokenPurpose | 'all', now: Date): Promise<void> {
    const purposes = purpose === 'all' ? PURPOSES : [purpose];
    await tx.query('UPDATE customer_token SET used_at = $3 WHERE customer_id = $1 AND purpose = ANY($2) AND used_at IS NULL', [customerId, purposes, now]);
  }
}
