import { createHash, randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { sqlClientOf, sqlTransaction, type Queryable, type SqlClient } from '../../platform/db/sql-client';
import type { z } from 'zod';
import type { Logger } from '../../platform/logger';
import { localize } from '../../platform/http/locale';
import type { CheckoutBody } from './orders.schemas';
import { OrderErrors } from './orders.errors';
import { collectHeldItems } from './order-items';
import { loadSailingPrices } from './price-list';
import { priceOrder } from './pricing';
import { redeemPromo } from './promo';
import { holdForOrder } from '../seating/order-seats';
import { normalizePhone } from '../../platform/phone';
import type { OrderTokens } from './order-tokens';
import type { OrderView, OrderViews } from './order-view';

export type CheckoutInput = z.infer<typeof CheckoutBody>;

export interface CheckoutResult {
  order: OrderView;
  accessToken: string;
  /** False when an earlier request with the same Idempotency-Key made this order. */
  created: boolean;
}

/**
 * Checkout: turns a session's holds into a PENDING order at the server's prices, in one
 * transaction — lines, VAT, promo use, status history — and keeps the seats held through the
 * payment window. Idempotent by the Idempotency-Key: a repeat returns the same order; the
 * same key with a different request is refused.
 */
export class CheckoutService {
  private readonly sql: SqlClient;

  constructor(
    private readonly db: DataSource,
    private readonly views: OrderViews,
    private readonly tokens: OrderTokens,
    private readonly settings: { paymentWindowSeconds: number },
    private readonly logger: Logger,
  ) {
    this.sql = sqlClientOf(db);
  }

  /**
   * @param options.owner the customer account the order belongs to (a logged-in buyer, or the
   *   verified account of the order's email); none for a guest order
   * @param options.within work to commit with the new order (the CRM's audit row); not run
   *   when a repeat of the request replays an existing order
   */
  async checkout(
    idempotencyKey: string | undefined,
    input: CheckoutInput,
    options: { owner?: { customerId: string } | null; within?: (tx: Queryable, orderId: string) => Promise<void> } = {},
  ): Promise<CheckoutResult> {
    if (!idempotencyKey) throw OrderErrors.idempotencyKeyRequired();
    const phone = normalizePhone(input.customer.phone);
    if (!phone) throw OrderErrors.invalidPhone();
    const requestHash = createHash('sha256').update(canonicalJson(input)).digest('hex');

    const replay = await this.replay(idempotencyKey, requestHash);
    if (replay) return replay;
    let orderId: string;
    try {
      // Prepared statements on a pooled connection: checkout is the busiest write of a sale.
      orderId = await sqlTransaction(this.db, async (tx) => {
        const created = await this.createOrder(tx, { ...input, phone, idempotencyKey, requestHash, customerId: options.owner?.customerId ?? null });
        await options.within?.(tx, created);
        return { commit: true, value: created };
      });
    } catch (error) {
      // A concurrent request with the same key may have won the race (taking the holds, or the
      // key itself): then its order is the answer to this one too.
      const winner = await this.replay(idempotencyKey, requestHash);
      if (winner) return winner;
      throw error;
    }
    this.logger.info({ orderId }, 'order created');
    return { order: await this.views.get(orderId), accessToken: this.tokens.issue(orderId), created: true };
  }

  private async replay(idempotencyKey: string, requestHash: string): Promise<CheckoutResult | null> {
    const [existing] = await this.sql.query<{ id: string; request_hash: string }>(
      'SELECT id, request_hash FROM orders WHERE idempotency_key = $1',
      [idempotencyKey],
    );
    if (!existing) return null;
    if (existing.request_hash !== requestHash) throw OrderErrors.idempotencyKeyReused();
    return { order: await this.views.get(existing.id), accessToken: this.tokens.issue(existing.id), created: false };
  }

  private async createOrder(
    tx: Queryable,
    input: CheckoutInput & { phone: string; idempotencyKey: string; requestHash: string; customerId: string | null },
  ): Promise<string> {
    const orderId = randomUUID();
    const email = input.customer.email.trim().toLowerCase();
    const prices = await loadSailingPrices(tx, input.eventId);
    const { holds, items } = await collectHeldItems(tx, {
      eventId: input.eventId, sessionId: input.sessionId, holdIds: input.holdIds, seats: input.seats, defaultTicketTypeId: prices.defaultTicketTypeId,
    });
    const promo = input.promoCode ? await redeemPromo(tx, { code: input.promoCode, eventId: input.eventId, customerEmail: email, orderId }) : null;
    const priced = priceOrder(
      items.map((item) => ({ unitPriceKopecks: prices.priceOf(item.ticketTypeId, item.seatCategoryId), vatMode: prices.vatMode, vatPercent: prices.vatPercent })),
      promo?.discount ?? null,
    );

    const [window] = (await tx.query("SELECT now() + make_interval(secs => $1) AS ends_at", [this.settings.paymentWindowSeconds])) as Array<{ ends_at: Date }>;
    await tx.query(
      `INSERT INTO orders (id, number, event_id, session_id, status, customer_full_name, customer_email, customer_phone, locale, utm,
                           promo_code_id, subtotal_kopecks, discount_kopecks, vat_kopecks, total_kopecks, hold_ids,
                           payment_window_ends_at, idempotency_key, request_hash, customer_id)
       VALUES ($1, 'P-' || lpad(nextval('order_number_seq')::text, 6, '0'), $2, $3, 'PENDING', $4, $5, $6, $7, $8,
               $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)`,
      [
        orderId, input.eventId, input.sessionId, input.customer.fullName, email, input.phone, input.locale, input.utm ?? null,
        promo?.id ?? null, priced.subtotalKopecks, priced.discountKopecks, priced.vatKopecks, priced.totalKopecks,
        holds.map((h) => h.id), window?.ends_at, input.idempotencyKey, input.requestHash, input.customerId,
      ],
    );
    const title = localize(prices.title, input.locale);
    await tx.query(
      `INSERT INTO order_line (order_id, position, seat_code, ticket_type_id, seat_category_id, description, unit_price_kopecks,
                               discount_kopecks, vat_mode, vat_percent, vat_kopecks, total_kopecks)
       SELECT $1, l.position, l.seat_code, l.ticket_type_id, l.seat_category_id, l.description, l.unit_price, l.discount,
              $2, $3, l.vat, l.total
         FROM unnest($4::int[], $5::text[], $6::uuid[], $7::uuid[], $8::text[], $9::int[], $10::int[], $11::int[], $12::int[])
           AS l(position, seat_code, ticket_type_id, seat_category_id, description, unit_price, discount, vat, total)`,
      [
        orderId, prices.vatMode, prices.vatPercent,
        items.map((_, i) => i + 1),
        items.map((item) => item.seatCode),
        items.map((item) => item.ticketTypeId),
        items.map((item) => item.seatCategoryId),
        items.map((item) => lineDescription(title, prices.ticketTypeName(item.ticketTypeId, input.locale), item.seatCode)),
        priced.lines.map((l) => l.unitPriceKopecks),
        priced.lines.map((l) => l.discountKopecks),
        priced.lines.map((l) => l.vatKopecks),
        priced.lines.map((l) => l.totalKopecks),
      ],
    );
    await tx.query("INSERT INTO order_status_history (order_id, from_status, to_status, reason) VALUES ($1, NULL, 'PENDING', 'checkout')", [orderId]);
    await holdForOrder(tx, orderId, holds.map((h) => h.id), window?.ends_at);
    return orderId;
  }
}

/** "Метеор в Петергоф — Взрослый, место D1-R3-S12": what the receipt and documents show. */
function lineDescription(title: string, ticketType: string, seatCode: string | null): string {
  return `${title} — ${ticketType}${seatCode ? `, ${seatCode}` : ''}`.slice(0, 128);
}

/** JSON with sorted keys, so equal requests hash equally whatever their key order. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value as object).sort().map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

