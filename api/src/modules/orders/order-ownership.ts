import type { DataSource } from 'typeorm';
import { sqlClientOf, type Queryable, type SqlClient } from '../../platform/db/sql-client';
import { localize, type Lang, type LocalizedText } from '../../platform/http/locale';
import { toMoscowIso } from '../../platform/time';
import { AppError } from '../../platform/errors/app-error';
import type { OrderView } from './order-view';
import { refundPolicyView } from '../refunds/refund-policy';

export interface OrderSummary {
  id: string;
  number: string;
  status: OrderView['status'];
  sailing: { id: string; title: string; startsAt: string; startsAtLocal: string };
  totalKopecks: number;
  currency: 'RUB';
  placesCount: number;
  ticketsCount: number;
  refundableUntil: string;
  refundableUntilLocal: string;
  createdAt: string;
}

/**
 * Which customer account an order belongs to. The orders module owns `orders.customer_id`:
 * the customers module asks it to link orders and to list them, and order access asks it
 * whether a logged-in customer owns an order.
 */
export class OrderOwnership {
  private readonly sql: SqlClient;

  constructor(db: DataSource) {
    this.sql = sqlClientOf(db);
  }

  /**
   * Gives the account every guest order placed with its (verified) email, case-insensitively.
   * Orders already in an account stay where they are.
   *
   * @returns how many orders were linked now
   */
  async linkByEmail(tx: Queryable, customerId: string, email: string): Promise<number> {
    const rows = (await tx.query(
      // Wrapped in a SELECT: TypeORM answers a bare UPDATE with [rows, count] instead of rows.
      `WITH linked AS (
         UPDATE orders SET customer_id = $1 WHERE lower(customer_email) = lower($2) AND customer_id IS NULL RETURNING id
       ) SELECT id FROM linked`,
      [customerId, email],
    )) as unknown[];
    return rows.length;
  }

  async isOwnedBy(orderId: string, customerId: string): Promise<boolean> {
    const rows = await this.sql.query('SELECT 1 FROM orders WHERE id = $1 AND customer_id = $2', [orderId, customerId]);
    return rows.length > 0;
  }

  /** One page of the customer's orders, newest first. */
  async history(customerId: string, page: { limit: number; cursor?: string | undefined; lang: Lang }): Promise<{ items: OrderSummary[]; nextCursor: string | null }> {
    const after = page.cursor ? decodeCursor(page.cursor) : null;
    const rows = await this.sql.query<{
      id: string; number: string; status: OrderView['status']; event_id: string; title: LocalizedText; starts_at: Date;
      total_kopecks: number; created_at: Date; created_key: string; places: number; tickets: number;
    }>(
      `SELECT o.id, o.number, o.status, o.event_id, e.title, e.starts_at, o.total_kopecks, o.created_at,
              o.created_at::text AS created_key,
              (SELECT count(*)::int FROM order_line l WHERE l.order_id = o.id) AS places,
              (SELECT count(*)::int FROM ticket t WHERE t.order_id = o.id AND t.status = 'valid') AS tickets
         FROM orders o JOIN event e ON e.id = o.event_id
        WHERE o.customer_id = $1 AND ($2::timestamptz IS NULL OR (o.created_at, o.id) < ($2::timestamptz, $3::uuid))
        ORDER BY o.created_at DESC, o.id DESC
        LIMIT $4`,
      [customerId, after?.createdAt ?? null, after?.id ?? null, page.limit + 1],
    );
    const items = rows.slice(0, page.limit);
    const last = items[items.length - 1];
    return {
      items: items.map((row) => ({
        id: row.id,
        number: row.number,
        status: row.status,
        sailing: { id: row.event_id, title: localize(row.title, page.lang), startsAt: row.starts_at.toISOString(), startsAtLocal: toMoscowIso(row.starts_at) },
        totalKopecks: row.total_kopecks,
        currency: 'RUB',
        placesCount: row.places,
        ticketsCount: row.tickets,
        ...refundPolicyView(row.starts_at),
        createdAt: row.created_at.toISOString(),
      })),
      nextCursor: rows.length > page.limit && last ? encodeCursor(last.created_key, last.id) : null,
    };
  }
}

// The cursor carries PostgreSQL's own text of created_at: a JS Date would drop the microseconds
// and skip orders made within the same millisecond.
function encodeCursor(createdAt: string, id: string): string {
  return Buffer.from(JSON.stringify([createdAt, id])).toString('base64url');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PG_TIMESTAMPTZ = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,6})?([+-]\d{2}(:\d{2})?|Z)$/;

function decodeCursor(raw: string): { createdAt: string; id: string } {
  try {
    const value: unknown = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2) {
      const [createdAt, id] = value as unknown[];
      if (typeof createdAt === 'string' && PG_TIMESTAMPTZ.test(createdAt) && typeof id === 'string' && UUID.test(id)) {
        return { createdAt, id };
      }
    }
  } catch {
    // falls through to the 400 below
  }
  throw new AppError('validation_failed', 400, {
    detail: 'Invalid request: query.cursor — is not a cursor this API issued',
    errors: [{ path: 'query.cursor', message: 'is not a cursor this API issued' }],
  });
}
