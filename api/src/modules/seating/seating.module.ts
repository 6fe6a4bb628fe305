import type { DataSource } from 'typeorm';
import type { Logger } from '../../platform/logger';
import type { Bus } from '../../platform/bus/bus';
import { GaHoldService } from './ga-hold.service';
import { SailingDirectory } from './sailing-directory';
import { SeatBoard } from './seat-board';
import { SeatLockCleaner } from './seat-lock-cleaner';
import { SeatLockService, type SeatingSettings } from './seat-lock.service';
import { SeatSales } from './seat-sales';
import { SeatStatusService } from './seat-status.service';
import { SeatStreamHub, type StreamSettings } from './seat-stream.hub';
import { SEATING_TOPIC, isSeatingMessage } from './seating.events';
import type { SupplierSeatLocks } from './supplier-seat-locks';
import { currentVersion } from './seat-claims.sql';

export interface SeatingModule {
  sailings: SailingDirectory;
  status: SeatStatusService;
  locks: SeatLockService;
  gaHolds: GaHoldService;
  sales: SeatSales;
  hub: SeatStreamHub;
  cleaner: SeatLockCleaner;
  close(): Promise<void>;
}

/**
 * Builds the seating services and connects them to the bus: every committed change, from this
 * process or another, updates the fail-fast board and reaches this process's seat streams.
 */
export async function createSeatingModule(deps: {
  db: DataSource;
  bus: Bus;
  supplier: SupplierSeatLocks;
  settings: SeatingSettings & StreamSettings;
  logger: Logger;
}): Promise<SeatingModule> {
  const { db, bus, supplier, settings, logger } = deps;
  const sailings = new SailingDirectory(db);
  const board = new SeatBoard();
  const hub = new SeatStreamHub(settings, await currentVersion(db), logger);
  const locks = new SeatLockService(db, sailings, board, bus, supplier, settings, logger);
  const gaHolds = new GaHoldService(db, sailings, locks, bus, settings, logger);
  const status = new SeatStatusService(db, sailings, supplier, logger);
  const sales = new SeatSales(board, bus, logger);
  const cleaner = new SeatLockCleaner(db, sailings, board, bus, supplier, gaHolds, logger);
  const unsubscribe = bus.subscribe(SEATING_TOPIC, (message) => {
    if (!isSeatingMessage(message)) return;
    if (message.kind === 'seats') board.apply(message.eventId, message.changes);
    hub.deliver(message);
  });
  return {
    sailings, status, locks, gaHolds, sales, hub, cleaner,
    async close() {
      unsubscribe();
      await cleaner.stop();
      hub.close();
    },
  };
}
