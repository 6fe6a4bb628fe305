import type { Queryable } from '../../platform/db/sql-client';

export const DOCUMENT_KINDS = ['invoice', 'act', 'refund_act'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** Счёт, акт, акт возврата. */
const PREFIXES: Record<DocumentKind, string> = { invoice: 'СЧ', act: 'АКТ', refund_act: 'АВ' };

/**
 * A document number as printed: kind, year, place in that year's sequence.
 *
 * @example
 * formatDocumentNumber('invoice', 2026, 1) // 'СЧ-2026-000001'
 */
export function formatDocumentNumber(kind: DocumentKind, year: number, sequence: number): string {
  return `${PREFIXES[kind]}-${year}-${String(sequence).padStart(6, '0')}`;
}

/**
 * Takes the next number of `kind` in `year` inside the caller's transaction. The counter row
 * stays locked until that transaction ends: a concurrent issuer waits and then gets the next
 * number, and a rollback hands the number back. So numbers are unique and leave no gap —
 * which a PostgreSQL sequence (never rolled back) could not promise.
 */
export async function takeDocumentNumber(tx: Queryable, kind: DocumentKind, year: number): Promise<{ sequence: number; number: string }> {
  const [row] = (await tx.query(
    `WITH taken AS (
       INSERT INTO document_counter AS c (kind, year, last_number) VALUES ($1, $2, 1)
       ON CONFLICT (kind, year) DO UPDATE SET last_number = c.last_number + 1
       RETURNING last_number
     ) SELECT last_number FROM taken`,
    [kind, year],
  )) as Array<{ last_number: number }>;
  if (!row) throw new Error(`no document number for ${kind} ${year}`);
  return { sequence: row.last_number, number: formatDocumentNumber(kind, year, row.last_number) };
}
