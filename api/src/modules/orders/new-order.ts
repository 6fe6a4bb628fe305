import type { Queryable } from '../../platform/db/sql-client';
import { localize, type Lang } from '../../platform/http/locale';
import type { OrderItem } from './order-items';
import type { SailingPrices } from './price-list';
import type { PricedOrder } from './pricing';

/**
 * The rows of a new PENDING order — the order, its lines and its first history row — written
 * in the checkout's transaction from what the checkout priced.
 */

export interface NewOrder {
  id: string;
  eventId: string;
  sessionId: string;
  customer: { fullName: string; email: string; phone: string };
  locale: Lang;
  utm: unknown;
  promoCodeId: string | null;
  holdIds: string[];
  paymentWindowEndsAt: Date | undefined;
  idempotencyKey: string;
  requestHash: string;
  customerId: string | null;
}

/** When the payment window of an order made now ends, by the database's clock. */
export async function paymentWindowEnd(tx: Queryable, paymentWindowSeconds: number): Promise<Date | undefined> {
  const [window] = (await tx.query("SELECT now() + make_interval(secs => $1) AS ends_at", [paymentWindowSeconds])) as Array<{ ends_at: Date }>;
  return window?.ends_at;
}

export async function insertPendingOrder(
  tx: Queryable,
  order: NewOrder,
  content: { prices: SailingPrices; items: OrderItem[]; priced: PricedOrder },
): Promise<void> {
  const { prices, items, priced } = content;
  await tx.query(
    `INSERT INTO orders (id, number, event_id, session_id, status, customer_full_name, customer_email, customer_phone, locale, utm,
                         promo_code_id, subtotal_kopecks, discount_kopecks, vat_kopecks, total_kopecks, hold_ids,
                         payment_window_ends_at, idempotency_key, request_hash, customer_id)
     VALUES ($1, 'P-' || lpad(nextval('order_number_seq')::text, 6, '0'), $2, $3, 'PENDING', $4, $5, $6, $7, $8,
             $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)`,
    [
      order.id, order.eventId, order.sessionId, order.customer.fullName, order.customer.email, order.customer.phone, order.locale, order.utm ?? null,
      order.promoCodeId, priced.subtotalKopecks, priced.discountKopecks, priced.vatKopecks, priced.totalKopecks,
      order.holdIds, order.paymentWindowEndsAt, order.idempotencyKey, order.requestHash, order.customerId,
    ],
  );
  const title = localize(prices.title, order.locale);
  await tx.query(
    `INSERT INTO order_line (order_id, position, seat_code, ticket_type_id, seat_category_id, description, unit_price_kopecks,
                             discount_kopecks, vat_mode, vat_percent, vat_kopecks, total_kopecks)
     SELECT $1, l.position, l.seat_code, l.ticket_type_id, l.seat_category_id, l.description, l.unit_price, l.discount,
            $2, $3, l.vat, l.total
       FROM unnest($4::int[], $5::text[], $6::uuid[], $7::uuid[], $8::text[], $9::int[], $10::int[], $11::int[], $12::int[])
         AS l(position, seat_code, ticket_type_id, seat_category_id, description, unit_price, discount, vat, total)`,
    [
      order.id, prices.vatMode, prices.vatPercent,
      items.map((_, i) => i + 1),
      items.map((item) => item.seatCode),
      items.map((item) => item.ticketTypeId),
      items.map((item) => item.seatCategoryId),
      items.map((item) => lineDescription(title, prices.ticketTypeName(item.ticketTypeId, order.locale), item.seatCode)),
      priced.lines.map((l) => l.unitPriceKopecks),
      priced.lines.map((l) => l.discountKopecks),
      priced.lines.map((l) => l.vatKopecks),
      priced.lines.map((l) => l.totalKopecks),
    ],
  );
  await tx.query("INSERT INTO order_status_history (order_id, from_status, to_status, reason) VALUES ($1, NULL, 'PENDING', 'checkout')", [order.id]);
}

/** "Метеор в Петергоф — Взрослый, место D1-R3-S12": what the receipt and documents show. */
function lineDescription(title: string, ticketType: string, seatCode: string | null): string {
  return `${title} — ${ticketType}${seatCode ? `, ${seatCode}` : ''}`.slice(0, 128);
}
