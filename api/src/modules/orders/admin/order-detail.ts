import type { z } from 'zod';
import type { SqlClient } from '../../../platform/db/sql-client';
import { localize, type Lang, type LocalizedText } from '../../../platform/http/locale';
import { toMoscowIso } from '../../../platform/time';
import type { AuditService } from '../../audit/audit.service';
import { OrderErrors } from '../orders.errors';
import { isRefundWindowOpen, refundPolicyView } from '../../refunds/refund-policy';
import { canTransition, type OrderStatus } from '../order-status';
import type { AdminOrderSchema } from './admin-orders.schemas';
import type { OrderDocumentsPort, OrderNotificationsPort } from './order-ports';

export type AdminOrderView = z.infer<typeof AdminOrderSchema>;

/** Statuses a person may set by hand (the rest follow payments, refunds and the clock). */
export const MANUAL_STATUSES: readonly OrderStatus[] = ['PAID', 'CANCELLED'];

interface OrderRow {
  id: string; number: string; status: OrderStatus; review_reason: string | null; created_at: Date; locale: Lang; utm: { source?: string } | null;
  customer_full_name: string; customer_email: string; customer_phone: string; subtotal_kopecks: number; discount_kopecks: number;
  vat_kopecks: number; total_kopecks: number; promo: string | null; payment_id: string | null; payment_status: string | null;
  confirmation_url: string | null; payment_window_ends_at: Date; payment_fee_kopecks: number | null;
  event_id: string; title: LocalizedText; starts_at: Date; ends_at: Date; event_status: 'scheduled' | 'cancelled';
  vessel_id: string; vessel_name: LocalizedText; route_id: string; route_name: LocalizedText;
}

/**
 * The order page of the CRM: everything about one order in one answer — lines, seats and
 * tickets, payment, refunds, status history, its audit trail, its documents and the
 * messages sent.
 */
export class AdminOrderViews {
  constructor(
    private readonly sql: SqlClient,
    private readonly audit: AuditService,
    private readonly documents: OrderDocumentsPort,
    private readonly notifications: OrderNotificationsPort,
    private readonly clock: () => Date,
  ) {}

  async get(orderId: string, lang: Lang): Promise<AdminOrderView> {
    const [[order], lines, tickets, refunds, history, audit, documents, notifications] = await Promise.all([
      this.sql.query<OrderRow>(
        `SELECT o.id, o.number, o.status, o.review_reason, o.created_at, o.locale, o.utm, o.customer_full_name, o.customer_email,
                o.customer_phone, o.subtotal_kopecks, o.discount_kopecks, o.vat_kopecks, o.total_kopecks, p.code AS promo, o.payment_id,
                o.payment_status, o.confirmation_url, o.payment_window_ends_at, o.payment_fee_kopecks,
                e.id AS event_id, e.title, e.starts_at, e.ends_at, e.status AS event_status,
                v.id AS vessel_id, v.name AS vessel_name, r.id AS route_id, r.name AS route_name
           FROM orders o JOIN event e ON e.id = o.event_id JOIN vessel v ON v.id = e.vessel_id JOIN route r ON r.id = e.route_id
           LEFT JOIN promo_code p ON p.id = o.promo_code_id
          WHERE o.id = $1`,
        [orderId],
      ),
      this.sql.query<{
        id: string; seat_code: string | null; ticket_type_id: string; seat_category_id: string | null; description: string; unit_price_kopecks: number;
        discount_kopecks: number; vat_mode: 'none' | 'included' | 'excluded'; vat_percent: number; vat_kopecks: number; total_kopecks: number;
      }>('SELECT * FROM order_line WHERE order_id = $1 ORDER BY position', [orderId]),
      this.sql.query<{ id: string; code: string; seat_code: string | null; status: 'valid' | 'void'; boarded_at: Date | null }>(
        `SELECT t.id, t.code, t.seat_code, t.status, t.boarded_at FROM ticket t JOIN order_line l ON l.id = t.order_line_id
          WHERE t.order_id = $1 ORDER BY l.position`,
        [orderId],
      ),
      this.sql.query<{ id: string; status: 'pending' | 'succeeded' | 'canceled'; amount_kopecks: number; reason: string; created_at: Date; tickets: string[] }>(
        `SELECT r.id, r.status, r.amount_kopecks, r.reason, r.created_at,
                COALESCE(array_agg(rt.ticket_id ORDER BY rt.ticket_id) FILTER (WHERE rt.ticket_id IS NOT NULL), '{}') AS tickets
           FROM refund r LEFT JOIN refund_ticket rt ON rt.refund_id = r.id
          WHERE r.order_id = $1 GROUP BY r.id ORDER BY r.created_at`,
        [orderId],
      ),
      this.sql.query<{ from_status: OrderStatus | null; to_status: OrderStatus; reason: string | null; created_at: Date }>(
        'SELECT from_status, to_status, reason, created_at FROM order_status_history WHERE order_id = $1 ORDER BY id',
        [orderId],
      ),
      this.audit.forEntity('order', orderId),
      this.documents.list(orderId),
      this.notifications.sent(orderId),
    ]);
    if (!order) throw OrderErrors.notFound(orderId);
    const ticketBySeat = new Map(tickets.filter((t) => t.seat_code).map((t) => [t.seat_code as string, t.status]));
    return {
      id: order.id,
      number: order.number,
      status: order.status,
      reviewReason: order.review_reason,
      createdAt: order.created_at.toISOString(),
      createdAtLocal: toMoscowIso(order.created_at),
      locale: order.locale,
      channel: order.utm?.source ?? null,
      customer: { fullName: order.customer_full_name, email: order.customer_email, phone: order.customer_phone },
      event: {
        id: order.event_id,
        title: localize(order.title, lang),
        startsAt: order.starts_at.toISOString(),
        startsAtLocal: toMoscowIso(order.starts_at),
        endsAt: order.ends_at.toISOString(),
        status: order.event_status,
        vessel: { id: order.vessel_id, name: localize(order.vessel_name, lang) },
        route: { id: order.route_id, name: localize(order.route_name, lang) },
      },
      lines: lines.map((l) => ({
        id: l.id, seatCode: l.seat_code, ticketTypeId: l.ticket_type_id, seatCategoryId: l.seat_category_id, description: l.description,
        unitPriceKopecks: l.unit_price_kopecks, discountKopecks: l.discount_kopecks, vatMode: l.vat_mode, vatPercent: l.vat_percent,
        vatKopecks: l.vat_kopecks, totalKopecks: l.total_kopecks,
      })),
      seats: lines.flatMap((l) => (l.seat_code ? [{ seatCode: l.seat_code, ticketStatus: ticketBySeat.get(l.seat_code) ?? null }] : [])),
      tickets: tickets.map((t) => ({ id: t.id, code: t.code, seatCode: t.seat_code, status: t.status, boardedAt: t.boarded_at?.toISOString() ?? null })),
      subtotalKopecks: order.subtotal_kopecks,
      discountKopecks: order.discount_kopecks,
      vatKopecks: order.vat_kopecks,
      totalKopecks: order.total_kopecks,
      promoCode: order.promo,
      payment: {
        id: order.payment_id,
        status: order.payment_status,
        confirmationUrl: order.confirmation_url,
        windowEndsAt: order.payment_window_ends_at.toISOString(),
        feeKopecks: order.payment_fee_kopecks,
      },
      refunds: refunds.map((r) => ({ id: r.id, status: r.status, amountKopecks: r.amount_kopecks, reason: r.reason, tickets: r.tickets, createdAt: r.created_at.toISOString() })),
      refundPolicy: {
        ...refundPolicyView(order.starts_at),
        open: isRefundWindowOpen({ startsAt: order.starts_at, now: this.clock(), sailingCancelled: order.event_status === 'cancelled' }),
      },
      allowedStatusChanges: MANUAL_STATUSES.filter((to) => canTransition(order.status, to)),
      statusHistory: history.map((h) => ({ from: h.from_status, to: h.to_status, reason: h.reason, at: h.created_at.toISOString() })),
      audit,
      documents,
      notifications,
    };
  }
}
