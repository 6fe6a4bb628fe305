import type { DataSource } from 'typeorm';
import type { Logger } from '../../platform/logger';
import { PeriodicTask } from '../../platform/periodic-task';
import type { Bus } from '../../platform/bus/bus';
import { SEATING_TOPIC, type SeatChange, type SeatingMessage } from './seating.events';
import type { SailingDirectory } from './sailing-directory';
import type { SeatBoard } from './seat-board';
import type { SupplierSeatLocks } from './supplier-seat-locks';
import type { GaHoldService } from './ga-hold.service';
import * as seatSql from './seat-claims.sql';
import * as gaSql from './ga-holds.sql';

const BATCH = 500;

/**
 * The `seatLockCleaner` worker: every few seconds it frees lapsed seat holds (releasing the
 * supplier's remote lock for supplier sailings), returns lapsed GA places to their sailings,
 * and announces every change. Reads already treat lapsed holds as free; this makes the
 * database and the live seat maps agree. Safe to run in every API process at once.
 */
export class SeatLockCleaner {
  private readonly task: PeriodicTask<void>;

  constructor(
    private readonly db: DataSource,
    private readonly sailings: SailingDirectory,
    private readonly board: SeatBoard,
    private readonly bus: Bus,
    private readonly supplier: SupplierSeatLocks,
    private readonly gaHolds: GaHoldService,
    private readonly logger: Logger,
  ) {
    this.task = new PeriodicTask('seat lock cleaner', () => this.sweep(), undefined, logger);
  }

  start(intervalMs: number): void {
    this.task.start(intervalMs);
  }

  stop(): Promise<void> {
    return this.task.stop();
  }

  /** One sweep; overlapping calls share the sweep in progress. */
  runOnce(): Promise<void> {
    return this.task.runOnce();
  }

  private async sweep(): Promise<void> {
    for (;;) {
      const expired = await seatSql.expireSeats(this.db, BATCH);
      if (expired.length === 0) break;
      await this.announceSeats(expired);
      await this.releaseRemoteLocks(expired);
      if (expired.length < BATCH) break;
    }
    await seatSql.closeExpiredSeatHolds(this.db);
    await this.expireGaHolds();
  }

  private async announceSeats(expired: seatSql.ExpiredSeat[]): Promise<void> {
    const byEvent = new Map<string, SeatChange[]>();
    for (const seat of expired) {
      const changes = byEvent.get(seat.eventId) ?? [];
      changes.push({ seatCode: seat.seatCode, state: 'free', sessionId: null, expiresAt: null, version: seat.version });
      byEvent.set(seat.eventId, changes);
    }
    for (const [eventId, changes] of byEvent) {
      this.board.apply(eventId, changes);
      const message: SeatingMessage = { kind: 'seats', eventId, changes };
      await this.bus.publish(SEATING_TOPIC, message).catch((error: unknown) => this.logger.warn({ err: error }, 'expiry not published'));
    }
  }

  private async releaseRemoteLocks(expired: seatSql.ExpiredSeat[]): Promise<void> {
    const byHold = new Map<string, seatSql.ExpiredSeat[]>();
    for (const seat of expired.filter((s) => s.supplier !== 'own' && s.externalId)) {
      byHold.set(seat.holdId, [...(byHold.get(seat.holdId) ?? []), seat]);
    }
    for (const [holdId, seats] of byHold) {
      const first = seats[0]!;
      await this.supplier
        .unlockSeats({ supplier: first.supplier, externalEventId: first.externalId as string, seatCodes: seats.map((s) => s.seatCode), holdId })
        .catch((error: unknown) => this.logger.warn({ err: error, holdId }, 'supplier unlock after expiry failed; its own lock will lapse'));
    }
  }

  private async expireGaHolds(): Promise<void> {
    const events = (await this.db.query(
      "SELECT DISTINCT event_id FROM hold WHERE kind = 'ga' AND status = 'active' AND expires_at <= now() LIMIT 200",
    )) as Array<{ event_id: string }>;
    for (const { event_id: eventId } of events) {
      const sailing = await this.sailings.find(eventId);
      if (!sailing) continue;
      const version = await this.db.transaction(async (tx) => {
        const runner = tx.queryRunner!;
        await gaSql.lockInventory(runner, eventId, sailing.capacity, sailing.ticketTypes);
        if (!(await gaSql.reclaimExpiredGaHolds(runner, eventId))) return null;
        const [row] = (await runner.query(
          "WITH bumped AS (UPDATE ga_inventory SET version = nextval('seat_change_seq') WHERE event_id = $1 RETURNING version) SELECT version FROM bumped",
          [eventId],
        )) as Array<{ version: string }>;
        return Number(row?.version ?? 0);
      });
      if (version !== null) await this.gaHolds.announce(sailing, version);
    }
  }
}
