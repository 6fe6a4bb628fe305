import type { DataSource } from 'typeorm';
import type { Lang } from '../../platform/http/locale';
import type { RecipientPreference, RecipientPreferences } from '../notifications/notification-ports';

/**
 * How an account wants to be reached, for the notifications. Only a confirmed email counts:
 * anyone can register with someone else's address, and must not thereby redirect that
 * person's tickets to their own messenger.
 */
export class CustomerRecipientPreferences implements RecipientPreferences {
  constructor(private readonly db: DataSource) {}

  async lookup(email: string): Promise<RecipientPreference | null> {
    const [row] = (await this.db.query(
      `SELECT id, preferred_lang, preferred_messenger, messenger_handle FROM customer
        WHERE email = lower($1) AND email_verified_at IS NOT NULL`,
      [email.trim()],
    )) as Array<{ id: string; preferred_lang: Lang; preferred_messenger: RecipientPreference['messenger']; messenger_handle: string | null }>;
    if (!row) return null;
    return { customerId: row.id, locale: row.preferred_lang, messenger: row.preferred_messenger, handle: row.messenger_handle };
  }
}
