import type { DataSource } from 'typeorm';
import type { Logger } from '../platform/logger';
import { defineWorkflow, SimulatedCrash, type Workflow } from '../platform/workflow/workflow';
import type { AuditService } from '../modules/audit/audit.service';
import type { AuditContext } from '../modules/audit/audit-context';
import { stopSales } from '../modules/catalog/admin/sailing-stop';
import type { OrdersModule } from '../modules/orders/orders.module';
import type { ReleasedHolds } from '../modules/orders/order-holds';
import { lockUnpaidOrders, ordersToTellOfCancellation, paidOrdersOf, tellBuyersSailingCancelled } from '../modules/orders/sailing-orders';
import type { RefundService } from '../modules/refunds/refund.service';
import type { SailingDirectory } from '../modules/seating/sailing-directory';
import { lapseOpenHolds } from '../modules/seating/sailing-seats';

/**
 * The merchant cancels a sailing. Durable, keyed by the sailing's id, each step in a
 * transaction of its own that records the run's progress with it:
 *
 *   stop-sales          the sailing is cancelled and audited; the buyers to tell are noted
 *                       (before the refunds move their orders on)
 *   end-unpaid-orders   holds lapse so none can become an order; unpaid orders are cancelled
 *                       with their seats released (a transaction apart from the first, as
 *                       before: the first locks the sailing, this one waits for checkouts)
 *   refund-every-order  every paid order is refunded in full — the 24-hour rule does not
 *                       apply, the buyer did not choose this — each under a key of its own
 *                       (sailing + order), so however often this runs each buyer is refunded
 *                       once; one buyer's failed refund does not stop the others
 *   tell-every-buyer    an outbox row per noted order (NotificationService.sailingCancelled)
 *
 * A crash between steps leaves the run for start-up (or the next cancel of the sailing) to go
 * on from the next step; nothing is compensated, since a cancelled sailing with money taken
 * can only go forward. Each step is safe to repeat after a crash inside it: the first two
 * commit with their progress, refunds are keyed, and the messages commit with their progress.
 */
export interface SailingCancellationState {
  eventId: string;
  reason: string;
  /** Who cancelled, for the audit rows of every step, also when start-up resumes the run. */
  actor: AuditContext;
  /** The call that started the run: only its answer says `cancelledNow`. */
  callId: string;
  stopped?: 'cancelled' | 'already_cancelled' | 'gone';
  /** The orders whose buyers are told, noted when sales stopped. */
  buyers?: string[];
  ordersCancelled?: number;
  /** What the cancelled unpaid orders gave back, announced once their transaction committed. */
  released?: ReleasedHolds[];
  refunds?: RefundTally;
}

export interface RefundTally {
  succeeded: number;
  pending: number;
  failed: number;
}

export interface SailingCancellationDeps {
  db: DataSource;
  audit: AuditService;
  orders: OrdersModule;
  refunds: RefundService;
  sailings: SailingDirectory;
  logger: Logger;
}

export function sailingCancellationWorkflow(deps: SailingCancellationDeps): Workflow<SailingCancellationState> {
  return defineWorkflow<SailingCancellationState>({
    name: 'sailing-cancellation',
    onFailure: 'resume',
    steps: [
      {
        name: 'stop-sales',
        run: async (tx, state) => {
          const stopped = await stopSales(tx, deps.audit, state.actor, state.eventId, state.reason);
          // Only the run that cancels tells anyone, so nobody is told twice.
          const buyers = stopped === 'cancelled' ? await ordersToTellOfCancellation(tx, state.eventId) : [];
          return { ...state, stopped, buyers };
        },
      },
      {
        name: 'end-unpaid-orders',
        run: async (tx, state) => {
          if (state.stopped === 'gone') return { ...state, ordersCancelled: 0, released: [] };
          // This process's seat maps and checkouts see the cancellation now.
          deps.sailings.forget(state.eventId);
          await lapseOpenHolds(tx, state.eventId);
          const released: ReleasedHolds[] = [];
          for (const order of await lockUnpaidOrders(tx, state.eventId)) {
            released.push(await deps.orders.unpaid.close(tx, order.id, 'CANCELLED', 'sailing cancelled'));
            await deps.audit.record(tx, state.actor, {
              action: 'order.cancel', entityType: 'order', entityId: order.id, before: { status: order.status }, after: { status: 'CANCELLED', reason: 'sailing cancelled' },
            });
          }
          return { ...state, ordersCancelled: released.length, released };
        },
      },
      {
        name: 'refund-every-order',
        outsideTransaction: true,
        run: async (_tx, state) => {
          for (const freed of state.released ?? []) await deps.orders.unpaid.announce(freed);
          if (state.stopped === 'gone') return { ...state, refunds: { succeeded: 0, pending: 0, failed: 0 } };
          return { ...state, refunds: await refundEveryPaidOrder(deps, state.actor, state.eventId) };
        },
      },
      {
        name: 'tell-every-buyer',
        run: async (tx, state) => {
          if (state.buyers?.length) await tellBuyersSailingCancelled(tx, state.eventId, state.reason, state.buyers);
        },
      },
    ],
  });
}

/**
 * Refunds in full every paid order of the sailing with money left to refund. Also what a
 * repeated cancel does once the run is done: it retries the refunds that failed.
 */
export async function refundEveryPaidOrder(deps: SailingCancellationDeps, ctx: AuditContext, eventId: string): Promise<RefundTally> {
  const tally: RefundTally = { succeeded: 0, pending: 0, failed: 0 };
  for (const id of await paidOrdersOf(deps.db, eventId)) {
    try {
      const refund = await deps.refunds.requestAsStaff({
        orderId: id,
        idempotencyKey: `sailing-cancel:${eventId}:${id}`,
        sailingCancelled: true,
        within: (tx, created) =>
          deps.audit.record(tx, ctx, {
            action: 'order.refund', entityType: 'order', entityId: id,
            after: { refundId: created.id, amountKopecks: created.amountKopecks, tickets: created.tickets, reason: 'sailing cancelled' },
          }),
      });
      tally[refund.status === 'succeeded' ? 'succeeded' : refund.status === 'pending' ? 'pending' : 'failed'] += 1;
    } catch (error) {
      if (error instanceof SimulatedCrash) throw error;
      // One buyer's failed refund must not stop the others; running the cancellation again retries it.
      tally.failed += 1;
      deps.logger.error({ err: error, orderId: id, eventId }, 'refund of a cancelled sailing failed');
    }
  }
  return tally;
}
