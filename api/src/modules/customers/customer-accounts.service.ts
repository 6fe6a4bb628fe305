import type { DataSource } from 'typeorm';
import type { LoginThrottle } from '../../platform/auth/login-throttle';
import type { RateLimiter } from '../../platform/auth/rate-limiter';
import { hashPassword, verifyPassword } from '../../platform/auth/passwords';
import type { Lang } from '../../platform/http/locale';
import { normalizePhone } from '../../platform/phone';
import { canonicalEmail, findCustomerByEmail, requireCustomerRow, toProfile, type CustomerProfile, type CustomerRow } from './customer-records';
import type { ClientContext, CustomerPrincipal, CustomerSession, CustomerSessions } from './customer-sessions.service';
import { CustomerErrors } from './customers.errors';
import type { EmailTokens } from './email-tokens';
import { normalizeHandle, type Messenger } from './messenger-handle';
import { PASSWORD_MIN_LENGTH, passwordWeakness } from '../../platform/auth/password-policy';

export interface RegisterInput {
  email: string;
  password: string;
  fullName?: string | undefined;
  phone?: string | undefined;
  preferredLang: Lang;
}

export interface ProfileChanges {
  fullName?: string | null | undefined;
  phone?: string | null | undefined;
  preferredLang?: Lang | undefined;
  preferredMessenger?: Messenger | undefined;
  messengerHandle?: string | null | undefined;
}

/** Checks a new password against the policy; the 400 names the field it came in. */
export function assertStrongPassword(password: string, email: string, path: string): void {
  const weakness = passwordWeakness(password, email);
  if (weakness) throw CustomerErrors.weakPassword(path, weakness, PASSWORD_MIN_LENGTH);
}

/**
 * The signed-in customer's account, once `currentPassword` proves it is its owner asking (a
 * wrong one: 403). The password is as guessable here as at the login form, so the login
 * throttle counts the attempt.
 */
export async function withCurrentPassword(
  db: DataSource,
  throttle: LoginThrottle,
  customerId: string,
  currentPassword: string,
  client: ClientContext,
): Promise<CustomerRow> {
  const row = await requireCustomerRow(db, customerId);
  await throttle.admit(row.email, client.ip);
  if (!(await verifyPassword(row.password_hash, currentPassword))) {
    await throttle.failed(row.email);
    throw CustomerErrors.currentPasswordIncorrect();
  }
  await throttle.succeeded(row.email);
  return row;
}

/**
 * The account itself: registration (which logs in and sends the verification email), the
 * profile, and changing the password.
 */
export class CustomerAccounts {
  constructor(
    private readonly db: DataSource,
    private readonly sessions: CustomerSessions,
    private readonly emailTokens: EmailTokens,
    private readonly throttle: LoginThrottle,
    private readonly clock: () => Date,
    private readonly registrations: { limiter: RateLimiter; perIpPerHour: number },
  ) {}

  async register(input: RegisterInput, client: ClientContext): Promise<CustomerSession> {
    const email = canonicalEmail(input.email);
    assertStrongPassword(input.password, email, 'body.password');
    if (client.ip) {
      const rate = await this.registrations.limiter.hit(`register:ip:${client.ip}`, this.registrations.perIpPerHour, 3_600);
      if (!rate.allowed) throw CustomerErrors.tooManyRequests(rate.retryAfterSeconds);
    }
    const phone = input.phone === undefined ? null : normalizePhone(input.phone);
    if (input.phone !== undefined && !phone) throw CustomerErrors.invalidField('body.phone', 'is not a valid phone number');
    const passwordHash = await hashPassword(input.password);
    const now = this.clock();
    const customerId = await this.db
      .transaction(async (tx) => {
        const [row] = (await tx.query(
          `INSERT INTO customer (email, password_hash, full_name, phone, preferred_lang, created_at, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id`,
          [email, passwordHash, input.fullName ?? null, phone, input.preferredLang, now],
        )) as Array<{ id: string }>;
        const id = row!.id;
        await this.emailTokens.send(tx, { customerId: id, email, locale: input.preferredLang, fullName: input.fullName ?? null }, 'email_verification', now);
        return id;
      })
      .catch((error: unknown) => {
        if ((error as { driverError?: { code?: string } }).driverError?.code === '23505') throw CustomerErrors.emailTaken(email);
        throw error;
      });
    return this.sessions.start(customerId, client);
  }

  async profile(customerId: string): Promise<CustomerProfile> {
    return toProfile(await requireCustomerRow(this.db, customerId));
  }

  async updateProfile(customerId: string, changes: ProfileChanges): Promise<CustomerProfile> {
    return this.db.transaction(async (tx) => {
      const current = await requireCustomerRow(tx, customerId, true);
      const phone = changes.phone === undefined ? current.phone : changes.phone === null ? null : normalizePhone(changes.phone);
      if (changes.phone && !phone) throw CustomerErrors.invalidField('body.phone', 'is not a valid phone number');
      const messenger = changes.preferredMessenger ?? current.preferred_messenger;
      const handle = this.messengerHandle(messenger, current.preferred_messenger, current.messenger_handle, changes);
      await tx.query(
        `UPDATE customer SET full_name = $2, phone = $3, preferred_lang = $4, preferred_messenger = $5, messenger_handle = $6 WHERE id = $1`,
        [
          customerId,
          changes.fullName === undefined ? current.full_name : changes.fullName,
          phone,
          changes.preferredLang ?? current.preferred_lang,
          messenger,
          handle,
        ],
      );
      return toProfile(await requireCustomerRow(tx, customerId));
    });
  }

  /**
   * Changes the password after checking the current one; every other login of the account
   * ends, and so does a pending change of the email address.
   */
  async changePassword(principal: CustomerPrincipal, input: { currentPassword: string; newPassword: string }, client: ClientContext): Promise<void> {
    const row = await withCurrentPassword(this.db, this.throttle, principal.customerId, input.currentPassword, client);
    assertStrongPassword(input.newPassword, row.email, 'body.newPassword');
    const passwordHash = await hashPassword(input.newPassword);
    await this.db.transaction(async (tx) => {
      await tx.query('UPDATE customer SET password_hash = $2 WHERE id = $1', [principal.customerId, passwordHash]);
      await this.sessions.refreshSessions.revokeOthers(principal.customerId, principal.sessionId, this.clock(), tx);
      // A change of address asked for with the old password does not outlive it.
      await this.emailTokens.retire(tx, principal.customerId, 'email_change', this.clock());
    });
  }

  /** Customers with this (verified) email, for linking a guest checkout to its account. */
  async verifiedCustomerId(email: string): Promise<string | null> {
    const row = await findCustomerByEmail(this.db, email);
    return row?.email_verified_at ? row.id : null;
  }

  private messengerHandle(messenger: Messenger, previous: Messenger, previousHandle: string | null, changes: ProfileChanges): string | null {
    if (messenger === 'none') {
      if (changes.messengerHandle) throw CustomerErrors.invalidField('body.messengerHandle', 'choose a messenger for this handle');
      return null;
    }
    // A handle belongs to one messenger: switching messengers needs the new one's handle.
    const raw = changes.messengerHandle !== undefined ? changes.messengerHandle : messenger === previous ? previousHandle : null;
    if (!raw) throw CustomerErrors.invalidField('body.messengerHandle', `is required for ${messenger}`);
    const handle = normalizeHandle(messenger, raw);
    if (!handle) throw CustomerErrors.invalidField('body.messengerHandle', `is not a ${messenger} handle`);
    return handle;
  }
}
