import type { DataSource } from 'typeorm';
import type { z } from 'zod';
import { sqlClientOf, type Queryable, type SqlClient } from '../../../platform/db/sql-client';
import { localize, type Lang } from '../../../platform/http/locale';
import { toMoscowIso } from '../../../platform/time';
import type { AuditService } from '../../audit/audit.service';
import type { AuditContext } from '../../audit/audit-context';
import type { OrdersModule } from '../orders.module';
import { assertTransition, type OrderStatus } from '../order-status';
import { OrderErrors } from '../orders.errors';
import type { PaymentsService } from '../../payments/payments.service';
import type { RefundService, RefundView } from '../../refunds/refund.service';
import type { AdminOrderListSchema } from './admin-orders.schemas';
import { AdminOrderErrors } from './admin-orders.errors';
import { AdminOrderViews, type AdminOrderView } from './order-detail';
import type { OrderDocumentsPort, OrderNotificationsPort, PdfDownload, ResendKind } from './order-ports';
import { encodeCursor, searchOrders, type OrderSearch } from './order-search';
import { exportOrdersCsv } from './order-export';

type AdminOrderList = z.infer<typeof AdminOrderListSchema>;

const EVER_PAID: readonly OrderStatus[] = ['PAID', 'PARTIALLY_REFUNDED', 'REFUNDED'];
const UNPAID: readonly OrderStatus[] = ['PENDING', 'LOCKED'];

export interface AdminOrdersDeps {
  db: DataSource;
  orders: OrdersModule;
  payments: PaymentsService;
  refunds: RefundService;
  audit: AuditService;
  documents: OrderDocumentsPort;
  notifications: OrderNotificationsPort;
  clock: () => Date;
}

/**
 * The orders console: search, the order page, and what staff do to an order — set its status
 * (only along the state machine), cancel an unpaid one, refund (the same 24-hour rule as the
 * buyer's own refund), send messages again, issue documents again. Each action and its audit
 * row commit together.
 */
export class AdminOrdersService {
  readonly views: AdminOrderViews;
  private readonly sql: SqlClient;

  constructor(private readonly deps: AdminOrdersDeps) {
    this.sql = sqlClientOf(deps.db);
    this.views = new AdminOrderViews(this.sql, deps.audit, deps.documents, deps.notifications, deps.clock);
  }

  async list(search: OrderSearch, lang: Lang): Promise<AdminOrderList> {
    const rows = await searchOrders(this.sql, { ...search, limit: search.limit + 1 });
    const page = rows.slice(0, search.limit);
    const last = page.at(-1);
    return {
      items: page.map((row) => ({
        id: row.id,
        number: row.number,
        status: row.status,
        createdAt: row.created_at.toISOString(),
        createdAtLocal: toMoscowIso(row.created_at),
        event: { id: row.event_id, title: localize(row.title, lang), startsAt: row.starts_at.toISOString(), startsAtLocal: toMoscowIso(row.starts_at) },
        customer: { fullName: row.customer_full_name, email: row.customer_email, phone: row.customer_phone },
        ticketCount: row.ticket_count,
        totalKopecks: row.total_kopecks,
        paymentStatus: row.payment_status,
        needsReview: row.review_reason !== null,
      })),
      nextCursor: rows.length > search.limit && last ? encodeCursor(search.sort, last) : null,
    };
  }

  get(orderId: string, lang: Lang): Promise<AdminOrderView> {
    return this.views.get(orderId, lang);
  }

  /**
   * Sets a status by hand, where the state machine allows it. "Paid" is never a person's word
   * alone: it confirms a payment the payment service reports as succeeded (its notification
   * went missing), and pays the order exactly as that notification would have.
   */
  async setStatus(ctx: AuditContext, orderId: string, to: OrderStatus, reason: string | undefined, lang: Lang): Promise<AdminOrderView> {
    const current = await this.statusOf(orderId);
    assertTransition(orderId, current, to);
    if (to === 'CANCELLED') return this.cancel(ctx, orderId, reason ?? 'cancelled by staff', lang);
    if (to !== 'PAID') throw AdminOrderErrors.statusNotSettable(orderId, to);
    const outcome = await this.deps.payments.confirmFromGateway(orderId, (tx) =>
      this.deps.audit.record(tx, ctx, {
        action: 'order.status_change', entityType: 'order', entityId: orderId,
        before: { status: current }, after: { status: 'PAID', reason: reason ?? 'payment confirmed by the payment service' },
      }),
    );
    if (outcome !== 'paid' && outcome !== 'already_handled') throw AdminOrderErrors.paymentNotApplied(orderId, outcome);
    return this.get(orderId, lang);
  }

  /** Cancels an unpaid order: its seats or places go back on sale, and every seat map hears it. */
  async cancel(ctx: AuditContext, orderId: string, reason: string, lang: Lang): Promise<AdminOrderView> {
    const released = await this.deps.db.transaction(async (tx) => {
      const [order] = (await tx.query('SELECT status FROM orders WHERE id = $1 FOR UPDATE', [orderId])) as Array<{ status: OrderStatus }>;
      if (!order) throw OrderErrors.notFound(orderId);
      if (!UNPAID.includes(order.status)) throw AdminOrderErrors.notCancellable(orderId, order.status);
      const freed = await this.deps.orders.unpaid.close(tx, orderId, 'CANCELLED', `staff: ${reason}`);
      await this.deps.audit.record(tx, ctx, {
        action: 'order.cancel', entityType: 'order', entityId: orderId, before: { status: order.status }, after: { status: 'CANCELLED', reason },
      });
      return freed;
    });
    await this.deps.orders.unpaid.announce(released);
    return this.get(orderId, lang);
  }

  /**
   * The buyer's refund, made by staff: same service, same full price, same 24-hour rule — which
   * does not apply only when the merchant cancelled the sailing (the buyer had no choice).
   */
  async refund(ctx: AuditContext, orderId: string, input: { tickets?: string[] | undefined; reason?: string | undefined }, idempotencyKey: string | undefined): Promise<RefundView> {
    const [order] = await this.sql.query<{ event_status: string }>(
      'SELECT e.status AS event_status FROM orders o JOIN event e ON e.id = o.event_id WHERE o.id = $1',
      [orderId],
    );
    if (!order) throw OrderErrors.notFound(orderId);
    return this.deps.refunds.requestAsStaff({
      orderId,
      tickets: input.tickets,
      reason: input.reason,
      sailingCancelled: order.event_status === 'cancelled',
      idempotencyKey: idempotencyKey ? `crm:${idempotencyKey}` : undefined,
      within: (tx, refund) =>
        this.deps.audit.record(tx, ctx, {
          action: 'order.refund', entityType: 'order', entityId: orderId,
          after: { refundId: refund.id, amountKopecks: refund.amountKopecks, tickets: refund.tickets, reason: input.reason ?? null },
        }),
    });
  }

  /** The matching orders with customer contacts as CSV; the export is audited with its filters. */
  exportCsv(ctx: AuditContext, search: Omit<OrderSearch, 'cursor'>): Promise<string> {
    return exportOrdersCsv(this.deps.db, this.deps.audit, ctx, search);
  }

  /** Sends a message about the order again (queued with its audit row). */
  async resend(ctx: AuditContext, orderId: string, what: ResendKind): Promise<void> {
    await this.deps.db.transaction(async (tx) => {
      const [order] = (await tx.query('SELECT status, confirmation_url FROM orders WHERE id = $1', [orderId])) as Array<{
        status: OrderStatus; confirmation_url: string | null;
      }>;
      if (!order) throw OrderErrors.notFound(orderId);
      const { status } = order;
      // A payment link needs a payment started (its page); without one there is nothing to send.
      const possible = what === 'payment_link' ? UNPAID.includes(status) && order.confirmation_url !== null
        : what === 'documents' ? EVER_PAID.includes(status)
        : status === 'PAID' || status === 'PARTIALLY_REFUNDED';
      if (!possible) throw AdminOrderErrors.nothingToResend(orderId, what, status);
      await this.deps.notifications.resend(tx, orderId, what);
      await this.deps.audit.record(tx, ctx, { action: 'order.resend', entityType: 'order', entityId: orderId, after: { what } });
    });
  }

  /** Issues the order's documents again (after a correction of requisites, say). */
  async regenerateDocuments(ctx: AuditContext, orderId: string): Promise<void> {
    await this.deps.db.transaction(async (tx) => {
      const status = await this.statusOf(orderId, tx);
      if (!EVER_PAID.includes(status)) throw AdminOrderErrors.noDocuments(orderId, status);
      await this.deps.documents.regenerate(tx, orderId);
      await this.deps.audit.record(tx, ctx, { action: 'order.documents_regenerate', entityType: 'order', entityId: orderId });
    });
  }

  /** A document of the order as PDF, for staff. */
  documentPdf(orderId: string, documentId: string): Promise<PdfDownload> {
    return this.deps.documents.pdf(orderId, documentId);
  }

  private async statusOf(orderId: string, tx: Queryable = this.sql): Promise<OrderStatus> {
    const [order] = (await tx.query('SELECT status FROM orders WHERE id = $1', [orderId])) as Array<{ status: OrderStatus }>;
    if (!order) throw OrderErrors.notFound(orderId);
    return order.status;
  }
}
