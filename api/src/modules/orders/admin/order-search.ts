import type { Queryable } from '../../../platform/db/sql-client';
import type { LocalizedText } from '../../../platform/http/locale';
import { normalizePhone } from '../../../platform/phone';
import type { OrderStatus } from '../order-status';
import { AdminOrderErrors } from './admin-orders.errors';

export type OrderSort = '-createdAt' | 'createdAt' | '-total' | 'total';

export interface OrderSearch {
  statuses?: OrderStatus[] | undefined;
  eventId?: string | undefined;
  email?: string | undefined;
  phone?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  q?: string | undefined;
  sort: OrderSort;
  cursor?: string | undefined;
  limit: number;
}

export interface OrderSearchRow {
  id: string; number: string; status: OrderStatus; created_at: Date; created_us: string; event_id: string; title: LocalizedText;
  starts_at: Date; customer_full_name: string; customer_email: string; customer_phone: string; total_kopecks: number;
  payment_status: string | null; review_reason: string | null; ticket_count: number;
}

const SORT_KEY: Record<OrderSort, { column: string; key: 'created_us' | 'total_kopecks'; desc: boolean }> = {
  '-createdAt': { column: 'o.created_at', key: 'created_us', desc: true },
  createdAt: { column: 'o.created_at', key: 'created_us', desc: false },
  '-total': { column: 'o.total_kopecks', key: 'total_kopecks', desc: true },
  total: { column: 'o.total_kopecks', key: 'total_kopecks', desc: false },
};

/** created_at as integer microseconds: exact, unlike a JavaScript Date, so keyset pages never skip or repeat. */
const CREATED_US = `(extract(epoch FROM o.created_at) * 1000000)::bigint`;
const FROM_US = (p: string) => `(timestamptz 'epoch' + ${p}::bigint * interval '1 microsecond')`;

/**
 * The CRM's order search: filters, a customer lookup, a sort and keyset pagination, in one
 * statement whose shape depends only on which filters are present (so it stays prepared).
 * Each filter has an index behind it (0012_staff.sql): newest-first scans by status or
 * sailing, the phone, trigram indexes for e-mail and name fragments.
 */
export async function searchOrders(sql: Queryable, search: OrderSearch): Promise<OrderSearchRow[]> {
  const where: string[] = [];
  const values: unknown[] = [];
  const bind = (value: unknown) => {
    values.push(value);
    return `$${values.length}`;
  };
  if (search.statuses?.length === 1) where.push(`o.status = ${bind(search.statuses[0])}`);
  else if (search.statuses?.length) where.push(`o.status = ANY (${bind(search.statuses)}::text[])`);
  if (search.eventId) where.push(`o.event_id = ${bind(search.eventId)}`);
  // lower(): the expression orders_email_idx (0003_orders.sql) is built on.
  if (search.email) where.push(`lower(o.customer_email) = ${bind(search.email.trim().toLowerCase())}`);
  if (search.phone) where.push(`o.customer_phone = ${bind(normalizePhone(search.phone) ?? search.phone)}`);
  if (search.from) where.push(`o.created_at >= ${bind(search.from)}`);
  if (search.to) where.push(`o.created_at < ${bind(search.to)}`);
  if (search.q) where.push(lookup(search.q, bind));

  const sort = SORT_KEY[search.sort];
  const direction = sort.desc ? 'DESC' : 'ASC';
  if (search.cursor) {
    const cursor = decodeCursor(search.cursor, search.sort);
    const key = sort.key === 'created_us' ? FROM_US(bind(cursor.key)) : bind(Number(cursor.key));
    where.push(`(${sort.column}, o.id) ${sort.desc ? '<' : '>'} (${key}, ${bind(cursor.id)}::uuid)`);
  }
  return sql.query(
    `SELECT o.id, o.number, o.status, o.created_at, ${CREATED_US}::text AS created_us, o.event_id, e.title, e.starts_at,
            o.customer_full_name, o.customer_email, o.customer_phone, o.total_kopecks, o.payment_status, o.review_reason,
            (SELECT count(*)::int FROM order_line l WHERE l.order_id = o.id) AS ticket_count
       FROM orders o JOIN event e ON e.id = o.event_id
      ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY ${sort.column} ${direction}, o.id ${direction}
      LIMIT ${bind(search.limit)}`,
    values,
  );
}

/**
 * "Find the customer": an order number, a phone, an e-mail (or part of one), or words of the
 * name — whichever the text can be, OR-ed, each branch on its own index.
 */
function lookup(q: string, bind: (value: unknown) => string): string {
  const text = q.trim().toLowerCase();
  const branches: string[] = [];
  const number = /^(?:p-?)?(\d{1,9})$/.exec(text);
  if (number?.[1]) branches.push(`o.number = ${bind(`P-${number[1].replace(/^0+(?=\d)/, '').padStart(6, '0')}`)}`);
  // "P-000123" is an order number and nothing else: no name or e-mail holds it.
  if (number && /^p/.test(text)) return branches[0]!;
  const digits = text.replace(/\D/g, '');
  const phone = digits.length >= 10 ? normalizePhone(text) : null;
  if (phone) branches.push(`o.customer_phone = ${bind(phone)}`);
  if (text.includes('@')) branches.push(`o.customer_email LIKE ${bind(`%${escapeLike(text)}%`)}`);
  const words = text.split(/\s+/).filter((word) => word.length >= 2 && /\p{L}/u.test(word));
  if (words.length > 0 && !text.includes('@')) {
    branches.push(`(${words.map((word) => `lower(o.customer_full_name) LIKE ${bind(`%${escapeLike(word)}%`)}`).join(' AND ')})`);
    if (words.length === 1) branches.push(`o.customer_email LIKE ${bind(`%${escapeLike(words[0]!)}%`)}`);
  }
  return branches.length > 0 ? `(${branches.join(' OR ')})` : 'false';
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

export function encodeCursor(sort: OrderSort, row: OrderSearchRow): string {
  const key = SORT_KEY[sort].key === 'created_us' ? row.created_us : String(row.total_kopecks);
  return Buffer.from(JSON.stringify([sort, key, row.id])).toString('base64url');
}

function decodeCursor(raw: string, sort: OrderSort): { key: string; id: string } {
  try {
    const value: unknown = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 3) {
      const [cursorSort, key, id] = value as unknown[];
      if (cursorSort === sort && typeof key === 'string' && /^\d{1,19}$/.test(key) && typeof id === 'string' && /^[0-9a-f-]{36}$/i.test(id)) {
        return { key, id };
      }
    }
  } catch {
    // falls through to the 400 below
  }
  throw AdminOrderErrors.invalidCursor();
}
