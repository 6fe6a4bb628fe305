import { z } from '@hono/zod-openapi';
import type { DataSource } from 'typeorm';
import type { Queryable } from '../../platform/db/sql-client';
import { CommonErrors } from '../../platform/errors/app-error';
import { fieldProblems } from '../../platform/http/router';
import { isValidCorrespondentAccount, isValidInn, isValidOgrn, isValidSettlementAccount } from './requisites-checks';

const text = (max: number) => z.string().trim().min(1, { message: 'is required' }).max(max);

/**
 * The seller as every document names it. Formats and check digits are validated here, so the
 * CRM's admin route (PUT /admin/settings/requisites) takes this schema as its body.
 */
export const RequisitesSchema = z
  .object({
    legalName: text(300).min(3),
    inn: z.string().refine(isValidInn, { message: 'must be a valid ИНН (10 or 12 digits with correct check digits)' }),
    kpp: z
      .string()
      .regex(/^\d{4}[\dA-Z]{2}\d{3}$/, { message: 'must be a КПП: 9 characters, digits with letters in places 5–6' })
      .nullable(),
    ogrn: z.string().refine(isValidOgrn, { message: 'must be a valid ОГРН (13 digits) or ОГРНИП (15 digits)' }),
    legalAddress: text(500),
    bankName: text(300),
    bik: z.string().regex(/^04\d{7}$/, { message: 'must be a БИК: 9 digits starting with 04' }),
    settlementAccount: z.string().regex(/^\d{20}$/, { message: 'must be 20 digits' }),
    correspondentAccount: z.string().regex(/^301\d{17}$/, { message: 'must be 20 digits starting with 301' }),
    phone: text(40),
    email: z.email({ message: 'must be an email address' }),
    offerUrl: z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' }),
  })
  .superRefine((value, ctx) => {
    // An organisation (10-digit ИНН) always has a КПП; an entrepreneur (12 digits) never does.
    if (value.inn.length === 10 && !value.kpp) ctx.addIssue({ code: 'custom', path: ['kpp'], message: 'is required for a 10-digit ИНН' });
    if (value.inn.length === 12 && value.kpp) ctx.addIssue({ code: 'custom', path: ['kpp'], message: 'must be empty for a 12-digit ИНН' });
    if (!isValidSettlementAccount(value.settlementAccount, value.bik)) {
      ctx.addIssue({ code: 'custom', path: ['settlementAccount'], message: 'does not match the БИК (control key)' });
    }
    if (!isValidCorrespondentAccount(value.correspondentAccount, value.bik)) {
      ctx.addIssue({ code: 'custom', path: ['correspondentAccount'], message: 'does not match the БИК (control key)' });
    }
  })
  .openapi('CompanyRequisites');

export type Requisites = z.infer<typeof RequisitesSchema>;

interface RequisitesRow {
  legal_name: string; inn: string; kpp: string | null; ogrn: string; legal_address: string; bank_name: string; bik: string;
  settlement_account: string; correspondent_account: string; phone: string; email: string; offer_url: string;
}

/**
 * The company requisites in settings (one row). Documents read them inside their issuing
 * transaction, so a document and the requisites it prints are one snapshot.
 *
 * @example
 * await requisites.update({ ...(await requisites.get()), bankName: 'ПАО «Банк»' });
 */
export class RequisitesService {
  constructor(private readonly db: DataSource) {}

  /** `forUpdate` holds the row until the caller's transaction ends (an edit with its audit row). */
  async get(q: Queryable = this.db, forUpdate = false): Promise<Requisites> {
    const [row] = (await q.query(`SELECT * FROM company_requisites WHERE id = 1${forUpdate ? ' FOR UPDATE' : ''}`)) as RequisitesRow[];
    if (!row) throw new Error('company_requisites has no row: migration 0008 was not applied');
    return {
      legalName: row.legal_name,
      inn: row.inn,
      kpp: row.kpp,
      ogrn: row.ogrn,
      legalAddress: row.legal_address,
      bankName: row.bank_name,
      bik: row.bik,
      settlementAccount: row.settlement_account,
      correspondentAccount: row.correspondent_account,
      phone: row.phone,
      email: row.email,
      offerUrl: row.offer_url,
    };
  }

  /** Replaces the requisites (in the caller's transaction when given); a bad value is a 400 problem naming each field (`body.inn`…). */
  async update(input: unknown, q: Queryable = this.db): Promise<Requisites> {
    const parsed = RequisitesSchema.safeParse(input);
    if (!parsed.success) throw CommonErrors.validation(fieldProblems(parsed.error, 'json'));
    const r = parsed.data;
    await q.query(
      `UPDATE company_requisites SET legal_name = $1, inn = $2, kpp = $3, ogrn = $4, legal_address = $5, bank_name = $6, bik = $7,
              settlement_account = $8, correspondent_account = $9, phone = $10, email = $11, offer_url = $12 WHERE id = 1`,
      [r.legalName, r.inn, r.kpp, r.ogrn, r.legalAddress, r.bankName, r.bik, r.settlementAccount, r.correspondentAccount, r.phone, r.email, r.offerUrl],
    );
    return this.get(q);
  }
}
