import type { DataSource } from 'typeorm';
import type { Logger } from '../../../platform/logger';
import type { AuditService } from '../../audit/audit.service';
import type { AuditContext } from '../../audit/audit-context';
import type { OrdersModule } from '../../orders/orders.module';
import type { ReleasedHolds } from '../../orders/order-holds';
import { lockUnpaidOrders, ordersToTellOfCancellation, paidOrdersOf, tellBuyersSailingCancelled } from '../../orders/sailing-orders';
import type { RefundService } from '../../refunds/refund.service';
import type { SailingDirectory } from '../../seating/sailing-directory';
import { lapseOpenHolds } from '../../seating/sailing-seats';
import { CatalogAdminErrors } from './catalog-admin.errors';

export interface CancellationResult {
  eventId: string;
  status: 'cancelled';
  /** False when the sailing was already cancelled (this call only finished what was left). */
  cancelledNow: boolean;
  ordersCancelled: number;
  refunds: { succeeded: number; pending: number; failed: number };
}

/**
 * The merchant cancels a sailing. In one transaction the sailing is cancelled, audited, and
 * every buyer is told (an outbox row per order). Then it is settled: holds lapse so none can
 * become an order, unpaid orders are cancelled with their seats released, and every paid
 * order is refunded in full — the 24-hour rule does not apply, since the buyer did not choose
 * this. Each order's refund has a key of its own (sailing + order), so however often the
 * cancellation runs or retries, each buyer is refunded once.
 */
export class SailingCancellation {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly orders: OrdersModule,
    private readonly refunds: RefundService,
    private readonly sailings: SailingDirectory,
    private readonly logger: Logger,
  ) {}

  async cancel(ctx: AuditContext, eventId: string, reason: string): Promise<CancellationResult> {
    const cancelledNow = await this.db.transaction(async (tx) => {
      const [event] = (await tx.query('SELECT status, starts_at FROM event WHERE id = $1 AND deleted_at IS NULL FOR UPDATE', [eventId])) as Array<{
        status: 'scheduled' | 'cancelled'; starts_at: Date;
      }>;
      if (!event) throw CatalogAdminErrors.notFound('sailing', eventId);
      if (event.status === 'cancelled') return false;
      if (event.starts_at.getTime() <= Date.now()) throw CatalogAdminErrors.sailingDeparted(eventId);
      await tx.query("UPDATE event SET status = 'cancelled' WHERE id = $1", [eventId]);
      await this.audit.record(tx, ctx, {
        action: 'catalog.sailing_cancel', entityType: 'sailing', entityId: eventId, before: { status: 'scheduled' }, after: { status: 'cancelled', reason },
      });
      // The notifications module tells each buyer (NotificationService.sailingCancelled); only
      // the call that cancels writes these, so nobody is told twice.
      await tellBuyersSailingCancelled(tx, eventId, reason, await ordersToTellOfCancellation(tx, eventId));
      return true;
    });
    this.sailings.forget(eventId);
    const ordersCancelled = await this.endUnpaid(ctx, eventId);
    const refunds = await this.refundPaid(ctx, eventId);
    return { eventId, status: 'cancelled', cancelledNow, ordersCancelled, refunds };
  }

  /** No hold of the sailing may become an order, and unpaid orders end with their seats released. */
  private async endUnpaid(ctx: AuditContext, eventId: string): Promise<number> {
    const released = await this.db.transaction(async (tx) => {
      await lapseOpenHolds(tx, eventId);
      const unpaid = await lockUnpaidOrders(tx, eventId);
      const freed: ReleasedHolds[] = [];
      for (const order of unpaid) {
        freed.push(await this.orders.unpaid.close(tx, order.id, 'CANCELLED', 'sailing cancelled'));
        await this.audit.record(tx, ctx, {
          action: 'order.cancel', entityType: 'order', entityId: order.id, before: { status: order.status }, after: { status: 'CANCELLED', reason: 'sailing cancelled' },
        });
      }
      return freed;
    });
    for (const freed of released) await this.orders.unpaid.announce(freed);
    return released.length;
  }

  private async refundPaid(ctx: AuditContext, eventId: string): Promise<CancellationResult['refunds']> {
    const paid = await paidOrdersOf(this.db, eventId);
    const tally = { succeeded: 0, pending: 0, failed: 0 };
    for (const id of paid) {
      try {
        const refund = await this.refunds.requestAsStaff({
          orderId: id,
          idempotencyKey: `sailing-cancel:${eventId}:${id}`,
          sailingCancelled: true,
          within: (tx, created) =>
            this.audit.record(tx, ctx, {
              action: 'order.refund', entityType: 'order', entityId: id,
              after: { refundId: created.id, amountKopecks: created.amountKopecks, tickets: created.tickets, reason: 'sailing cancelled' },
            }),
        });
        tally[refund.status === 'succeeded' ? 'succeeded' : refund.status === 'pending' ? 'pending' : 'failed'] += 1;
      } catch (error) {
        // One buyer's failed refund must not stop the others; running the cancellation again retries it.
        tally.failed += 1;
        this.logger.error({ err: error, orderId: id, eventId }, 'refund of a cancelled sailing failed');
      }
    }
    return tally;
  }
}
