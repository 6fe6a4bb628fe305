import type { DataSource, EntityManager } from 'typeorm';
import type { Logger } from '../../platform/logger';
import { PeriodicTask } from '../../platform/periodic-task';
import type { SeatingModule } from '../seating/seating.module';
import { gaInventoryVersion, releaseForOrder, type ReleasedHolds } from '../seating/order-seats';
import { transitionOrder } from './order-transitions';
import { releasePromo } from './promo';

/**
 * Ends orders that will not be paid — cancelled at the gateway, or past their payment window
 * — giving their seats, places and promo use back; and, as a worker, expires overdue ones.
 */
export class UnpaidOrders {
  private readonly expiry: PeriodicTask<number>;

  constructor(
    private readonly db: DataSource,
    private readonly seating: SeatingModule,
    private readonly logger: Logger,
  ) {
    this.expiry = new PeriodicTask('unpaid order expiry', () => this.expireOverdue(), 0, logger);
  }

  /** Moves the order to CANCELLED or EXPIRED inside `tx`; announce the result after commit. */
  async close(tx: EntityManager, orderId: string, to: 'CANCELLED' | 'EXPIRED', reason: string): Promise<ReleasedHolds> {
    await transitionOrder(tx, orderId, to, reason);
    const released = await releaseForOrder(tx, orderId);
    await releasePromo(tx, orderId);
    return released;
  }

  async announce(released: ReleasedHolds): Promise<void> {
    await this.seating.sales.announce(released.seats);
    if (released.gaEventId) {
      await this.seating.gaHolds.announceChange({ eventId: released.gaEventId, version: await gaInventoryVersion(this.db, released.gaEventId) });
    }
  }

  /** Expires every order whose payment window has passed; returns how many. */
  async expireOverdue(): Promise<number> {
    const due = (await this.db.query(
      `SELECT id FROM orders WHERE status IN ('PENDING', 'LOCKED') AND payment_window_ends_at <= now()
        ORDER BY payment_window_ends_at LIMIT 200`,
    )) as Array<{ id: string }>;
    let expired = 0;
    for (const { id } of due) {
      try {
        const released = await this.db.transaction(async (tx) => {
          const [order] = (await tx.query(
            "SELECT id FROM orders WHERE id = $1 AND status IN ('PENDING', 'LOCKED') AND payment_window_ends_at <= now() FOR UPDATE SKIP LOCKED",
            [id],
          )) as unknown[];
          return order ? this.close(tx, id, 'EXPIRED', 'payment window ended') : null;
        });
        if (released) {
          expired += 1;
          await this.announce(released);
        }
      } catch (error) {
        this.logger.error({ err: error, orderId: id }, 'order expiry failed');
      }
    }
    return expired;
  }

  start(intervalMs: number): void {
    this.expiry.start(intervalMs);
  }

  stop(): Promise<void> {
    return this.expiry.stop();
  }
}
