import type { z } from 'zod';
import type { Queryable } from '../../platform/db/sql-client';
import type { Lang } from '../../platform/http/locale';
import type { CustomerProfileSchema } from './customers.schemas';
import type { Messenger } from './messenger-handle';
import { CustomerErrors } from './customers.errors';

export type CustomerProfile = z.infer<typeof CustomerProfileSchema>;

export interface CustomerRow {
  id: string;
  email: string;
  password_hash: string;
  full_name: string | null;
  phone: string | null;
  preferred_lang: Lang;
  preferred_messenger: Messenger;
  messenger_handle: string | null;
  email_verified_at: Date | null;
  created_at: Date;
}

const COLUMNS = 'id, email, password_hash, full_name, phone, preferred_lang, preferred_messenger, messenger_handle, email_verified_at, created_at';

/** Emails are compared and stored lower-case: one account per address, however it is typed. */
export const canonicalEmail = (email: string) => email.trim().toLowerCase();

export async function findCustomerByEmail(q: Queryable, email: string, lock = false): Promise<CustomerRow | null> {
  const [row] = (await q.query(`SELECT ${COLUMNS} FROM customer WHERE email = $1${lock ? ' FOR UPDATE' : ''}`, [canonicalEmail(email)])) as CustomerRow[];
  return row ?? null;
}

export async function findCustomer(q: Queryable, id: string, lock = false): Promise<CustomerRow | null> {
  const [row] = (await q.query(`SELECT ${COLUMNS} FROM customer WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id])) as CustomerRow[];
  return row ?? null;
}

/** The customer of a valid access token; a deleted account counts as a dead login. */
export async function requireCustomerRow(q: Queryable, id: string, lock = false): Promise<CustomerRow> {
  const row = await findCustomer(q, id, lock);
  if (!row) throw CustomerErrors.invalidAccessToken();
  return row;
}

export function toProfile(row: CustomerRow): CustomerProfile {
  return {
    id: row.id,
    email: row.email,
    emailVerified: row.email_verified_at !== null,
    emailVerifiedAt: row.email_verified_at?.toISOString() ?? null,
    fullName: row.full_name,
    phone: row.phone,
    preferredLang: row.preferred_lang,
    preferredMessenger: row.preferred_messenger,
    messengerHandle: row.messenger_handle,
    createdAt: row.created_at.toISOString(),
  };
}
