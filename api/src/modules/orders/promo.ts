import type { Queryable } from '../../platform/db/sql-client';
import type { Discount } from './pricing';
import { OrderErrors } from './orders.errors';

export interface AppliedPromo {
  id: string;
  code: string;
  discount: Discount;
}

/**
 * Checks a promo code and takes one use of it, inside the order's transaction. The UPDATE that
 * counts the use also locks the code's row, so two orders of one customer cannot both slip
 * under the per-customer limit, and the global limit is a conditional update, not a read.
 */
export async function redeemPromo(
  tx: Queryable,
  input: { code: string; eventId: string; customerEmail: string; orderId: string },
): Promise<AppliedPromo> {
  const code = input.code.trim().toUpperCase();
  const [promo] = (await tx.query(
    `SELECT id, kind, percent, amount_kopecks, valid_from, valid_until, max_uses, max_uses_per_customer, event_ids, active
       FROM promo_code WHERE code = $1`,
    [code],
  )) as Array<{
    id: string; kind: 'percent' | 'fixed'; percent: number | null; amount_kopecks: number | null; valid_from: Date | null;
    valid_until: Date | null; max_uses: number | null; max_uses_per_customer: number | null; event_ids: string[] | null; active: boolean;
  }>;
  if (!promo || !promo.active) throw OrderErrors.promo('promo_code_invalid', code);
  const now = Date.now();
  if (promo.valid_from && promo.valid_from.getTime() > now) throw OrderErrors.promo('promo_code_not_yet_valid', code);
  if (promo.valid_until && promo.valid_until.getTime() <= now) throw OrderErrors.promo('promo_code_expired', code);
  if (promo.event_ids && !promo.event_ids.includes(input.eventId)) throw OrderErrors.promo('promo_code_not_applicable', code);

  const taken = (await tx.query(
    `WITH used AS (
       UPDATE promo_code SET used_count = used_count + 1
        WHERE id = $1 AND (max_uses IS NULL OR used_count < max_uses) RETURNING id
     ) SELECT id FROM used`,
    [promo.id],
  )) as unknown[];
  if (taken.length === 0) throw OrderErrors.promo('promo_code_exhausted', code);
  if (promo.max_uses_per_customer !== null) {
    const [{ uses } = { uses: 0 }] = (await tx.query(
      'SELECT count(*)::int AS uses FROM promo_redemption WHERE promo_code_id = $1 AND customer_email = $2',
      [promo.id, input.customerEmail],
    )) as Array<{ uses: number }>;
    if (uses >= promo.max_uses_per_customer) throw OrderErrors.promo('promo_code_limit_reached', code);
  }
  await tx.query('INSERT INTO promo_redemption (order_id, promo_code_id, customer_email) VALUES ($1, $2, $3)', [
    input.orderId, promo.id, input.customerEmail,
  ]);
  const discount: Discount =
    promo.kind === 'percent' ? { kind: 'percent', percent: promo.percent ?? 0 } : { kind: 'fixed', amountKopecks: promo.amount_kopecks ?? 0 };
  return { id: promo.id, code, discount };
}

/** Gives the use back when an order is cancelled or expires unpaid. */
export async function releasePromo(tx: Queryable, orderId: string): Promise<void> {
  await tx.query(
    `WITH gone AS (DELETE FROM promo_redemption WHERE order_id = $1 RETURNING promo_code_id)
     UPDATE promo_code SET used_count = used_count - 1 WHERE id IN (SELECT promo_code_id FROM gone)`,
    [orderId],
  );
}
