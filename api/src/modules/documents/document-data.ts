import type { Queryable } from '../../platform/db/sql-client';
import type { Lang, LocalizedText } from '../../platform/http/locale';
import type { VatMode } from '../catalog/vat';

/**
 * What the documents print, read inside the issuing transaction so a document is one
 * consistent snapshot of its order. These are read-only joins over the orders, refunds and
 * catalog tables: the order view (OrderViews) reads through the pool, not the transaction, and
 * has neither the route, berth and vessel names nor the refunds a document needs.
 */

export interface DocumentLine {
  orderLineId: string;
  position: number;
  seatCode: string | null;
  seat: SeatPlace | null;
  ticketTypeName: LocalizedText;
  unitPriceKopecks: number;
  discountKopecks: number;
  vatMode: VatMode;
  vatPercent: number;
  vatKopecks: number;
  totalKopecks: number;
}

export interface SeatPlace {
  deck: LocalizedText;
  row: string;
  number: string;
}

export interface SailingInfo {
  title: LocalizedText;
  startsAt: Date;
  route: LocalizedText;
  berth: LocalizedText;
  berthAddress: LocalizedText;
  vessel: LocalizedText;
}

export interface OrderDocumentData {
  orderId: string;
  orderNumber: string;
  status: string;
  locale: Lang;
  customer: { fullName: string; email: string; phone: string };
  totalKopecks: number;
  vatKopecks: number;
  paidAt: Date | null;
  sailing: SailingInfo;
  lines: DocumentLine[];
}

export interface RefundDocumentData {
  refundId: string;
  status: 'pending' | 'succeeded' | 'canceled';
  amountKopecks: number;
  completedAt: Date;
  orderLineIds: string[];
}

interface OrderRow {
  id: string; number: string; status: string; locale: Lang; customer_full_name: string; customer_email: string; customer_phone: string;
  total_kopecks: number; vat_kopecks: number; paid_at: Date | null; title: LocalizedText; starts_at: Date; route_name: LocalizedText;
  berth_name: LocalizedText; berth_address: LocalizedText; vessel_name: LocalizedText; vessel_id: string;
}

/** The order with its sailing and lines, or null when there is no such order. */
export async function readOrderForDocuments(q: Queryable, orderId: string): Promise<OrderDocumentData | null> {
  const [order] = (await q.query(
    `SELECT o.id, o.number, o.status, o.locale, o.customer_full_name, o.customer_email, o.customer_phone, o.total_kopecks, o.vat_kopecks,
            (SELECT max(h.created_at) FROM order_status_history h WHERE h.order_id = o.id AND h.to_status = 'PAID') AS paid_at,
            e.title, e.starts_at, r.name AS route_name, b.name AS berth_name, b.address AS berth_address, v.name AS vessel_name, v.id AS vessel_id
       FROM orders o JOIN event e ON e.id = o.event_id JOIN route r ON r.id = e.route_id
       JOIN berth b ON b.id = e.departure_berth_id JOIN vessel v ON v.id = e.vessel_id
      WHERE o.id = $1`,
    [orderId],
  )) as OrderRow[];
  if (!order) return null;
  const lines = (await q.query(
    `SELECT l.id, l.position, l.seat_code, tt.name AS ticket_type_name, l.unit_price_kopecks, l.discount_kopecks, l.vat_mode, l.vat_percent,
            l.vat_kopecks, l.total_kopecks, d.name AS deck_name, sr.label AS row_label, s.number AS seat_number
       FROM order_line l JOIN ticket_type tt ON tt.id = l.ticket_type_id
       LEFT JOIN seat s ON s.vessel_id = $2 AND s.seat_code = l.seat_code
       LEFT JOIN seat_row sr ON sr.id = s.row_id LEFT JOIN deck_section ds ON ds.id = sr.section_id LEFT JOIN deck d ON d.id = ds.deck_id
      WHERE l.order_id = $1 ORDER BY l.position`,
    [orderId, order.vessel_id],
  )) as Array<{
    id: string; position: number; seat_code: string | null; ticket_type_name: LocalizedText; unit_price_kopecks: number; discount_kopecks: number;
    vat_mode: VatMode; vat_percent: number; vat_kopecks: number; total_kopecks: number; deck_name: LocalizedText | null; row_label: string | null;
    seat_number: string | null;
  }>;
  return {
    orderId: order.id,
    orderNumber: order.number,
    status: order.status,
    locale: order.locale,
    customer: { fullName: order.customer_full_name, email: order.customer_email, phone: order.customer_phone },
    totalKopecks: order.total_kopecks,
    vatKopecks: order.vat_kopecks,
    paidAt: order.paid_at,
    sailing: {
      title: order.title,
      startsAt: order.starts_at,
      route: order.route_name,
      berth: order.berth_name,
      berthAddress: order.berth_address,
      vessel: order.vessel_name,
    },
    lines: lines.map((l) => ({
      orderLineId: l.id,
      position: l.position,
      seatCode: l.seat_code,
      seat: l.deck_name && l.row_label && l.seat_number ? { deck: l.deck_name, row: l.row_label, number: l.seat_number } : null,
      ticketTypeName: l.ticket_type_name,
      unitPriceKopecks: l.unit_price_kopecks,
      discountKopecks: l.discount_kopecks,
      vatMode: l.vat_mode,
      vatPercent: l.vat_percent,
      vatKopecks: l.vat_kopecks,
      totalKopecks: l.total_kopecks,
    })),
  };
}

/** A refund of the order with the order lines of its tickets, or null. */
export async function readRefundForDocuments(q: Queryable, orderId: string, refundId: string): Promise<RefundDocumentData | null> {
  const [refund] = (await q.query(
    `SELECT r.id, r.status, r.amount_kopecks, r.updated_at,
            COALESCE(array_agg(t.order_line_id ORDER BY t.order_line_id) FILTER (WHERE t.id IS NOT NULL), '{}') AS line_ids
       FROM refund r LEFT JOIN refund_ticket rt ON rt.refund_id = r.id LEFT JOIN ticket t ON t.id = rt.ticket_id
      WHERE r.id = $1 AND r.order_id = $2 GROUP BY r.id`,
    [refundId, orderId],
  )) as Array<{ id: string; status: RefundDocumentData['status']; amount_kopecks: number; updated_at: Date; line_ids: string[] }>;
  if (!refund) return null;
  return {
    refundId: refund.id,
    status: refund.status,
    amountKopecks: refund.amount_kopecks,
    completedAt: refund.updated_at,
    orderLineIds: refund.line_ids,
  };
}

/** How much of the order its succeeded refunds cover: none, some or all of its tickets. */
export async function refundCoverage(q: Queryable, orderId: string): Promise<'issued' | 'partially_refunded' | 'refunded'> {
  const [row] = (await q.query(
    `SELECT count(*)::int AS tickets,
            count(*) FILTER (WHERE EXISTS (
              SELECT 1 FROM refund_ticket rt JOIN refund r ON r.id = rt.refund_id WHERE rt.ticket_id = t.id AND r.status = 'succeeded'
            ))::int AS refunded
       FROM ticket t WHERE t.order_id = $1`,
    [orderId],
  )) as Array<{ tickets: number; refunded: number }>;
  if (!row || row.refunded === 0) return 'issued';
  return row.refunded >= row.tickets ? 'refunded' : 'partially_refunded';
}

export interface TicketDocumentData {
  ticketId: string;
  orderId: string;
  code: string;
  status: 'valid' | 'void';
  orderLineId: string;
}

export async function readTicket(q: Queryable, ticketId: string): Promise<TicketDocumentData | null> {
  const [row] = (await q.query('SELECT id, order_id, code, status, order_line_id FROM ticket WHERE id = $1', [ticketId])) as Array<{
    id: string; order_id: string; code: string; status: 'valid' | 'void'; order_line_id: string;
  }>;
  return row ? { ticketId: row.id, orderId: row.order_id, code: row.code, status: row.status, orderLineId: row.order_line_id } : null;
}

/** The order's succeeded refunds, oldest first: each has (or is owed) a refund act. */
export async function succeededRefundIds(q: Queryable, orderId: string): Promise<string[]> {
  const rows = (await q.query("SELECT id FROM refund WHERE order_id = $1 AND status = 'succeeded' ORDER BY created_at, id", [orderId])) as Array<{ id: string }>;
  return rows.map((r) => r.id);
}
