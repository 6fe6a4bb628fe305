import type { DataSource } from 'typeorm';
import type { z } from 'zod';
import { sqlClientOf, type SqlClient } from '../../platform/db/sql-client';
import { localize, type Lang, type LocalizedText } from '../../platform/http/locale';
import { toMoscowIso } from '../../platform/time';
import type { OrderSchema } from './orders.schemas';
import { OrderErrors } from './orders.errors';
import type { TicketsService } from '../tickets/tickets.service';
import { refundPolicyView } from '../refunds/refund-policy';

export type OrderView = z.infer<typeof OrderSchema>;

/** An order as its buyer sees it, in the language it was placed in. */
export class OrderViews {
  private readonly sql: SqlClient;

  constructor(
    db: DataSource,
    private readonly tickets: TicketsService,
  ) {
    this.sql = sqlClientOf(db);
  }

  async get(orderId: string): Promise<OrderView> {
    const [order] = await this.sql.query<{
      id: string; number: string; status: OrderView['status']; event_id: string; title: LocalizedText; starts_at: Date;
      customer_full_name: string; customer_email: string; customer_phone: string; locale: Lang;
      subtotal_kopecks: number; discount_kopecks: number; vat_kopecks: number; total_kopecks: number;
      promo: string | null; payment_window_ends_at: Date; payment_id: string | null; payment_status: string | null; created_at: Date;
    }>(
      `SELECT o.id, o.number, o.status, o.event_id, e.title, e.starts_at, o.customer_full_name, o.customer_email, o.customer_phone,
              o.locale, o.subtotal_kopecks, o.discount_kopecks, o.vat_kopecks, o.total_kopecks, p.code AS promo,
              o.payment_window_ends_at, o.payment_id, o.payment_status, o.created_at
         FROM orders o JOIN event e ON e.id = o.event_id LEFT JOIN promo_code p ON p.id = o.promo_code_id
        WHERE o.id = $1`,
      [orderId],
    );
    if (!order) throw OrderErrors.notFound(orderId);
    const lines = await this.sql.query<{
      id: string; seat_code: string | null; ticket_type_id: string; seat_category_id: string | null; description: string;
      unit_price_kopecks: number; discount_kopecks: number; vat_mode: 'none' | 'included' | 'excluded'; vat_percent: number;
      vat_kopecks: number; total_kopecks: number;
    }>('SELECT * FROM order_line WHERE order_id = $1 ORDER BY position', [orderId]);
    return {
      id: order.id,
      number: order.number,
      status: order.status,
      event: {
        id: order.event_id,
        title: localize(order.title, order.locale),
        startsAt: order.starts_at.toISOString(),
        startsAtLocal: toMoscowIso(order.starts_at),
      },
      customer: { fullName: order.customer_full_name, email: order.customer_email, phone: order.customer_phone },
      locale: order.locale,
      lines: lines.map((l) => ({
        id: l.id,
        seatCode: l.seat_code,
        ticketTypeId: l.ticket_type_id,
        seatCategoryId: l.seat_category_id,
        description: l.description,
        unitPriceKopecks: l.unit_price_kopecks,
        discountKopecks: l.discount_kopecks,
        vatMode: l.vat_mode,
        vatPercent: l.vat_percent,
        vatKopecks: l.vat_kopecks,
        totalKopecks: l.total_kopecks,
      })),
      subtotalKopecks: order.subtotal_kopecks,
      discountKopecks: order.discount_kopecks,
      vatKopecks: order.vat_kopecks,
      totalKopecks: order.total_kopecks,
      currency: 'RUB',
      promoCode: order.promo,
      paymentWindowEndsAt: order.payment_window_ends_at.toISOString(),
      payment: order.payment_id ? { id: order.payment_id, status: order.payment_status ?? 'pending' } : null,
      refundPolicy: refundPolicyView(order.starts_at),
      tickets: await this.tickets.forOrder(orderId),
      createdAt: order.created_at.toISOString(),
    };
  }
}
