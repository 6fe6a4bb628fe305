import type { DataSource } from 'typeorm';
import type { Queryable } from '../../platform/db/sql-client';
import { CommonErrors } from '../../platform/errors/app-error';
import { fieldProblems } from '../../platform/errors/field-problems';
import { RequisitesSchema, type Requisites } from './requisites.schemas';

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
