import type { DataSource, EntityManager } from 'typeorm';
import type { Queryable } from '../../platform/db/sql-client';
import type { Logger } from '../../platform/logger';
import type { Bus } from '../../platform/bus/bus';
import { SeatingErrors } from './seating.errors';
import { SEATING_TOPIC, type SeatingMessage } from './seating.events';
import type { SeatLockService, SeatingSettings } from './seat-lock.service';
import type { Sailing, SailingDirectory } from './sailing-directory';
import * as sql from './ga-holds.sql';

export interface GaHold {
  id: string;
  eventId: string;
  items: Array<{ ticketTypeId: string; quantity: number }>;
  expiresAt: string;
}

/**
 * General-admission holds: a session holds places per ticket type against the vessel's
 * capacity and the types' quotas. Posting again sets new quantities and extends the hold,
 * like changing a quantity picker.
 */
export class GaHoldService {
  constructor(
    private readonly db: DataSource,
    private readonly sailings: SailingDirectory,
    private readonly seats: SeatLockService,
    private readonly bus: Bus,
    private readonly settings: SeatingSettings,
    private readonly logger: Logger,
  ) {}

  async hold(eventId: string, sessionId: string, requested: Array<{ ticketTypeId: string; quantity: number }>): Promise<GaHold> {
    const sailing = await this.seats.bookableSailing(eventId, 'general');
    const wanted = new Map<string, number>();
    requested.forEach((item) => wanted.set(item.ticketTypeId, (wanted.get(item.ticketTypeId) ?? 0) + item.quantity));
    const unknown = [...wanted.keys()].filter((id) => !sailing.ticketTypes.has(id));
    if (unknown.length > 0) throw SeatingErrors.unknownTicketTypes(unknown);
    const total = [...wanted.values()].reduce((sum, q) => sum + q, 0);
    if (total > this.settings.maxSeatsPerSession) throw SeatingErrors.tooManySeats(this.settings.maxSeatsPerSession);

    const result = await this.db.transaction(async (tx) => {
      const runner = tx.queryRunner;
      if (!runner) throw new Error('transaction without a query runner');
      await sql.lockInventory(runner, eventId, sailing.capacity, sailing.ticketTypes);
      await sql.reclaimExpiredGaHolds(runner, eventId);
      const { inventory, types } = await sql.readInventory(runner, eventId);
      const bookable = await runner.query(
        "SELECT 1 FROM event WHERE id = $1 AND status = 'scheduled' AND starts_at > now() AND deleted_at IS NULL",
        [eventId],
      );
      if (bookable.length === 0) throw SeatingErrors.cancelled(eventId);
      const existing = await sql.findActiveGaHold(runner, eventId, sessionId);
      const deltas = new Map<string, number>();
      for (const id of new Set([...wanted.keys(), ...(existing?.items.keys() ?? [])])) {
        const delta = (wanted.get(id) ?? 0) - (existing?.items.get(id) ?? 0);
        if (delta !== 0) deltas.set(id, delta);
      }
      const free = inventory.capacity - inventory.sold - inventory.held;
      const growth = [...deltas.values()].reduce((sum, d) => sum + d, 0);
      if (growth > free) {
        throw free <= 0 && !existing ? SeatingErrors.soldOut(eventId) : SeatingErrors.notEnoughPlaces(free + existingTotal(existing));
      }
      for (const [id, delta] of deltas) {
        const type = types.get(id);
        if (delta > 0 && type?.quota != null && type.held + type.sold + delta > type.quota) {
          throw SeatingErrors.notEnoughPlaces(type.quota - type.held - type.sold + (existing?.items.get(id) ?? 0), id);
        }
      }
      const version = await sql.adjustHeld(runner, eventId, deltas);
      const hold = await sql.writeGaHold(runner, {
        eventId, sessionId, existingId: existing?.id ?? null, items: wanted, ttlSeconds: this.settings.holdTtlSeconds,
      });
      return { hold, version };
    });
    await this.announce(sailing, result.version);
    return {
      id: result.hold.id,
      eventId,
      items: [...wanted].filter(([, q]) => q > 0).map(([ticketTypeId, quantity]) => ({ ticketTypeId, quantity })),
      expiresAt: result.hold.expiresAt.toISOString(),
    };
  }

  /** Releases the session's hold `holdId` (GA places, or all seats of a seat hold). */
  async release(eventId: string, sessionId: string, holdId: string): Promise<void> {
    const sailing = await this.sailings.find(eventId);
    if (!sailing) throw SeatingErrors.eventNotFound(eventId);
    if (sailing.seatingMode === 'assigned') {
      const freed = await this.seats.unlock(eventId, sessionId, null, holdId);
      if (freed.length === 0) throw SeatingErrors.holdNotFound(holdId);
      return;
    }
    const version = await this.db.transaction(async (tx) => {
      const runner = tx.queryRunner;
      if (!runner) throw new Error('transaction without a query runner');
      await sql.lockInventory(runner, eventId, sailing.capacity, sailing.ticketTypes);
      const existing = await sql.findActiveGaHold(runner, eventId, sessionId);
      if (!existing || existing.id !== holdId) throw SeatingErrors.holdNotFound(holdId);
      const deltas = new Map([...existing.items].map(([id, quantity]) => [id, -quantity]));
      const newVersion = await sql.adjustHeld(runner, eventId, deltas);
      await sql.closeGaHold(runner, holdId, 'released');
      return newVersion;
    });
    await this.announce(sailing, version);
  }

  /**
   * Turns the hold's places into sold ones inside the caller's transaction (the order's
   * fulfilment). Returns what to announce after commit, or null if the hold is not active.
   */
  sellHold(tx: EntityManager, holdId: string): Promise<{ eventId: string; version: number } | null> {
    return sellGaHold(tx, holdId);
  }

  /** Puts sold places back on sale (a refund) inside the caller's transaction. */
  async returnPlaces(tx: EntityManager, eventId: string, items: Array<{ ticketTypeId: string; quantity: number }>): Promise<{ eventId: string; version: number }> {
    await sql.lockExistingInventory(tx, eventId);
    const rows = (await tx.query(
      `WITH items AS (SELECT * FROM unnest($2::uuid[], $3::int[]) AS i(ticket_type_id, quantity)),
       per_type AS (
         UPDATE ga_type_inventory t SET sold = t.sold - i.quantity
           FROM items i WHERE t.event_id = $1 AND t.ticket_type_id = i.ticket_type_id RETURNING 1
       ), total AS (
         UPDATE ga_inventory SET sold = sold - (SELECT COALESCE(sum(quantity), 0) FROM items), version = nextval('seat_change_seq')
          WHERE event_id = $1 RETURNING version
       )
       SELECT version FROM total`,
      [eventId, items.map((i) => i.ticketTypeId), items.map((i) => i.quantity)],
    )) as Array<{ version: string }>;
    return { eventId, version: Number(rows[0]?.version ?? 0) };
  }

  /** Announces a committed sale or return of places. */
  async announceChange(change: { eventId: string; version: number } | null): Promise<void> {
    if (!change) return;
    const sailing = await this.sailings.find(change.eventId);
    if (sailing) await this.announce(sailing, change.version);
  }

  /** Publishes the sailing's availability after a committed change. */
  async announce(sailing: Sailing, version: number): Promise<void> {
    const availability = await sql.selectGaAvailability(this.db, sailing.id, sailing.capacity, sailing.ticketTypes);
    const message: SeatingMessage = {
      kind: 'capacity',
      eventId: sailing.id,
      capacity: {
        remaining: availability.remaining,
        ticketTypes: availability.ticketTypes.map((t) => ({ ticketTypeId: t.ticketTypeId, remaining: t.remaining })),
        version: Math.max(version, availability.version),
      },
    };
    await this.bus.publish(SEATING_TOPIC, message).catch((error: unknown) => this.logger.warn({ err: error }, 'capacity change not published'));
  }
}

function existingTotal(existing: sql.ActiveGaHold | null): number {
  return existing ? [...existing.items.values()].reduce((sum, q) => sum + q, 0) : 0;
}

/**
 * Turns a GA hold's places into sold ones inside the caller's transaction; null if the hold is
 * not active. Returns what to announce after commit.
 */
export async function sellGaHold(tx: Queryable, holdId: string): Promise<{ eventId: string; version: number } | null> {
  const [hold] = (await tx.query("SELECT event_id FROM hold WHERE id = $1 AND kind = 'ga' AND status IN ('active', 'ordered')", [holdId])) as Array<{ event_id: string }>;
  if (!hold) return null;
  await sql.lockExistingInventory(tx, hold.event_id);
  const rows = (await tx.query(
    `WITH items AS (SELECT ticket_type_id, quantity FROM ga_hold_item WHERE hold_id = $1),
     per_type AS (
       UPDATE ga_type_inventory t SET held = t.held - i.quantity, sold = t.sold + i.quantity
         FROM items i WHERE t.event_id = $2 AND t.ticket_type_id = i.ticket_type_id RETURNING 1
     ), total AS (
       UPDATE ga_inventory SET held = held - (SELECT COALESCE(sum(quantity), 0) FROM items),
              sold = sold + (SELECT COALESCE(sum(quantity), 0) FROM items), version = nextval('seat_change_seq')
        WHERE event_id = $2 RETURNING version
     ), closed AS (UPDATE hold SET status = 'converted' WHERE id = $1 RETURNING id)
     SELECT version FROM total`,
    [holdId, hold.event_id],
  )) as Array<{ version: string }>;
  return { eventId: hold.event_id, version: Number(rows[0]?.version ?? 0) };
}
