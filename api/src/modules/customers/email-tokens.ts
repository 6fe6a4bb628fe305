import { createHash, randomBytes } from 'node:crypto';
import type { Queryable } from '../../platform/db/sql-client';
import type { Lang } from '../../platform/http/locale';

export type EmailTokenPurpose = 'email_verification' | 'password_reset';

/** How long an emailed link works: two days to confirm an address, one hour to reset a password. */
export const EMAIL_TOKEN_TTL_MS: Record<EmailTokenPurpose, number> = {
  email_verification: 48 * 3_600_000,
  password_reset: 3_600_000,
};

const LINK_PATH: Record<EmailTokenPurpose, string> = {
  email_verification: '/account/verify',
  password_reset: '/account/reset',
};

/** The outbox topics the notifications module turns into emails. */
export const EMAIL_TOPIC: Record<EmailTokenPurpose, string> = {
  email_verification: 'notification.email_verification',
  password_reset: 'notification.password_reset',
};

const hashOf = (token: string) => createHash('sha256').update(token).digest();

/**
 * Single-use, expiring tokens sent by email. Only their hashes are stored; a token is
 * consumed by the statement that checks it, so two clicks on one link cannot both succeed.
 */
export class EmailTokens {
  constructor(private readonly publicBaseUrl: string) {}

  /**
   * Issues a token and, in the same transaction, the outbox row that emails its link. A new
   * reset link retires the earlier ones (only the newest may change the password); earlier
   * verification links keep working, because both emails may arrive and either click is fine.
   */
  async send(
    tx: Queryable,
    to: { customerId: string; email: string; locale: Lang; fullName: string | null },
    purpose: EmailTokenPurpose,
    now: Date,
  ): Promise<void> {
    if (purpose === 'password_reset') await this.retire(tx, to.customerId, purpose, now);
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(now.getTime() + EMAIL_TOKEN_TTL_MS[purpose]);
    await tx.query('INSERT INTO customer_token (customer_id, purpose, token_hash, expires_at, created_at) VALUES ($1, $2, $3, $4, $5)', [
      to.customerId, purpose, hashOf(token), expiresAt, now,
    ]);
    const link = `${this.publicBaseUrl.replace(/\/+$/, '')}${LINK_PATH[purpose]}?token=${token}`;
    await tx.query('INSERT INTO outbox (topic, payload) VALUES ($1, $2)', [
      EMAIL_TOPIC[purpose],
      { email: to.email, locale: to.locale, link, fullName: to.fullName, expiresAt: expiresAt.toISOString(), customerId: to.customerId },
    ]);
  }

  /** Uses up `token`; the customer it was for, or null when it is unknown, used or expired. */
  async consume(tx: Queryable, token: string, purpose: EmailTokenPurpose, now: Date): Promise<string | null> {
    const [row] = (await tx.query(
      // Wrapped in a SELECT: TypeORM answers a bare UPDATE with [rows, count] instead of rows.
      `WITH used AS (
         UPDATE customer_token SET used_at = $3
          WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > $3
          RETURNING customer_id
       ) SELECT customer_id FROM used`,
      [hashOf(token), purpose, now],
    )) as Array<{ customer_id: string }>;
    if (!row) return null;
    await this.retire(tx, row.customer_id, purpose, now);
    return row.customer_id;
  }

  /** Makes every open token of the purpose unusable (after a reset, a verification, or a newer email). */
  async retire(tx: Queryable, customerId: string, purpose: EmailTokenPurpose, now: Date): Promise<void> {
    await tx.query('UPDATE customer_token SET used_at = $3 WHERE customer_id = $1 AND purpose = $2 AND used_at IS NULL', [customerId, purpose, now]);
  }
}
