import type { Queryable } from '../../platform/db/sql-client';
import type { Lang } from '../../platform/http/locale';
import type { DocumentKind } from './document-numbers';

export type DocumentStatus = 'issued' | 'partially_refunded' | 'refunded';

/** A stored document without its bytes. */
export interface StoredDocument {
  id: string;
  orderId: string;
  refundId: string | null;
  kind: DocumentKind;
  year: number;
  sequence: number;
  number: string;
  issuedAt: Date;
  status: DocumentStatus;
  language: Lang;
  renderedAt: Date;
}

const COLUMNS = 'id, order_id, refund_id, kind, year, sequence, number, issued_at, status, language, rendered_at';

interface Row {
  id: string; order_id: string; refund_id: string | null; kind: DocumentKind; year: number; sequence: number; number: string;
  issued_at: Date; status: DocumentStatus; language: Lang; rendered_at: Date;
}

const toStored = (r: Row): StoredDocument => ({
  id: r.id,
  orderId: r.order_id,
  refundId: r.refund_id,
  kind: r.kind,
  year: r.year,
  sequence: r.sequence,
  number: r.number,
  issuedAt: r.issued_at,
  status: r.status,
  language: r.language,
  renderedAt: r.rendered_at,
});

/** The ASCII file name a document is downloaded and attached under. */
export function documentFilename(doc: Pick<StoredDocument, 'kind' | 'year' | 'sequence'>): string {
  const base = { invoice: 'invoice', act: 'act', refund_act: 'refund-act' }[doc.kind];
  return `${base}-${doc.year}-${String(doc.sequence).padStart(6, '0')}.pdf`;
}

/** SQL over the document table, in whatever transaction (or pool) the caller gives. */
export const documentStore = {
  async listForOrder(q: Queryable, orderId: string): Promise<StoredDocument[]> {
    const rows = (await q.query(
      `SELECT ${COLUMNS} FROM document WHERE order_id = $1
        ORDER BY issued_at, array_position(ARRAY['invoice', 'act', 'refund_act'], kind), number`,
      [orderId],
    )) as Row[];
    return rows.map(toStored);
  },

  async find(q: Queryable, documentId: string, forUpdate = false): Promise<StoredDocument | null> {
    const rows = (await q.query(`SELECT ${COLUMNS} FROM document WHERE id = $1${forUpdate ? ' FOR UPDATE' : ''}`, [documentId])) as Row[];
    return rows[0] ? toStored(rows[0]) : null;
  },

  async pdf(q: Queryable, documentId: string): Promise<Buffer | null> {
    const [row] = (await q.query('SELECT pdf FROM document WHERE id = $1', [documentId])) as Array<{ pdf: Buffer }>;
    return row?.pdf ?? null;
  },

  async insert(
    q: Queryable,
    doc: Omit<StoredDocument, 'id' | 'renderedAt'> & { pdf: Buffer },
  ): Promise<StoredDocument> {
    const [row] = (await q.query(
      `WITH inserted AS (
         INSERT INTO document (order_id, refund_id, kind, year, sequence, number, issued_at, status, language, pdf)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING ${COLUMNS}
       ) SELECT * FROM inserted`,
      [doc.orderId, doc.refundId, doc.kind, doc.year, doc.sequence, doc.number, doc.issuedAt, doc.status, doc.language, doc.pdf],
    )) as Row[];
    if (!row) throw new Error(`document ${doc.number} was not stored`);
    return toStored(row);
  },

  async replacePdf(q: Queryable, documentId: string, pdf: Buffer): Promise<void> {
    await q.query('UPDATE document SET pdf = $2, rendered_at = now(), renderings = renderings + 1 WHERE id = $1', [documentId, pdf]);
  },

  /** Invoices and acts follow the order's refunds (the PDFs stay as issued). */
  async setOrderStatus(q: Queryable, orderId: string, status: DocumentStatus): Promise<void> {
    await q.query("UPDATE document SET status = $2 WHERE order_id = $1 AND kind IN ('invoice', 'act') AND status <> $2", [orderId, status]);
  },
};
