import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { Audience } from './access-tokens';

export interface IssuedRefresh {
  /** Opaque, shown to the client once. */
  token: string;
  /** The login this token belongs to (the access token's `sid`). */
  sessionId: string;
  expiresAt: Date;
}

export interface RotatedRefresh extends IssuedRefresh {
  principalId: string;
}

interface SessionRow {
  id: string;
  principal_id: string;
  family_id: string;
  expires_at: Date;
  rotated_at: Date | null;
  revoked_at: Date | null;
}

const hashOf = (token: string) => createHash('sha256').update(token).digest();

/**
 * Rotating refresh tokens stored as hashes. Each refresh exchanges the token for a new one in
 * the same family; a token presented twice means it leaked, and the family is revoked.
 */
export class RefreshSessions {
  constructor(
    private readonly db: DataSource,
    private readonly audience: Audience,
    private readonly ttlSeconds: number,
  ) {}

  /** Starts a login: a new family with its first token. */
  start(principalId: string, context: { ip?: string | null; userAgent?: string | null } = {}, now = new Date()): Promise<IssuedRefresh> {
    return this.insert(this.db.manager, principalId, randomUUID(), context, now);
  }

  /** Exchanges a refresh token for the next one; null when it is unknown, expired, revoked or reused. */
  async rotate(token: string, context: { ip?: string | null; userAgent?: string | null } = {}, now = new Date()): Promise<RotatedRefresh | null> {
    const outcome = await this.db.transaction(async (tx) => {
      const [row] = (await tx.query(
        `SELECT id, principal_id, family_id, expires_at, rotated_at, revoked_at FROM auth_session
          WHERE token_hash = $1 AND audience = $2 FOR UPDATE`,
        [hashOf(token), this.audience],
      )) as SessionRow[];
      if (!row || row.revoked_at || row.expires_at <= now) return null;
      if (row.rotated_at) return { reused: row.family_id };
      await tx.query('UPDATE auth_session SET rotated_at = $2 WHERE id = $1', [row.id, now]);
      const next = await this.insert(tx, row.principal_id, row.family_id, context, now);
      return { ...next, principalId: row.principal_id };
    });
    if (outcome && 'reused' in outcome && typeof outcome.reused === 'string') {
      // Outside the transaction above, which found the reuse: the revocation must stick.
      await this.revokeSession(outcome.reused, now);
      return null;
    }
    return outcome;
  }

  /** Whether a login is still valid (not logged out, not revoked by "log out everywhere"). */
  async isActive(sessionId: string, now = new Date()): Promise<boolean> {
    const rows = (await this.db.query(
      'SELECT 1 FROM auth_session WHERE family_id = $1 AND audience = $2 AND revoked_at IS NULL AND expires_at > $3 LIMIT 1',
      [sessionId, this.audience, now],
    )) as unknown[];
    return rows.length > 0;
  }

  /** Logs one login out. */
  async revokeSession(sessionId: string, now = new Date(), tx: EntityManager = this.db.manager): Promise<void> {
    await tx.query('UPDATE auth_session SET revoked_at = $2 WHERE family_id = $1 AND audience = $3 AND revoked_at IS NULL', [
      sessionId,
      now,
      this.audience,
    ]);
  }

  /** Logs a principal out everywhere (password change, deactivation, "log out of all devices"). */
  async revokeAll(principalId: string, now = new Date(), tx: EntityManager = this.db.manager): Promise<void> {
    await tx.query('UPDATE auth_session SET revoked_at = $2 WHERE principal_id = $1 AND audience = $3 AND revoked_at IS NULL', [
      principalId,
      now,
      this.audience,
    ]);
  }

  private async insert(
    tx: EntityManager,
    principalId: string,
    familyId: string,
    context: { ip?: string | null; userAgent?: string | null },
    now: Date,
  ): Promise<IssuedRefresh> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(now.getTime() + this.ttlSeconds * 1000);
    await tx.query(
      `INSERT INTO auth_session (audience, principal_id, family_id, token_hash, expires_at, ip, user_agent, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [this.audience, principalId, familyId, hashOf(token), expiresAt, context.ip ?? null, context.userAgent?.slice(0, 300) ?? null, now],
    );
    return { token, sessionId: familyId, expiresAt };
  }
}
