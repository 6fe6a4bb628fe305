import type { DataSource } from 'typeorm';
import type { EventSupplier } from '../catalog/entities/event.entity';

/** What seating needs to know about a sailing; read often, changed rarely. */
export interface Sailing {
  id: string;
  status: 'scheduled' | 'cancelled';
  startsAt: Date;
  supplier: EventSupplier;
  externalId: string | null;
  seatingMode: 'assigned' | 'general';
  capacity: number;
  /** Every seat of the vessel, with what best-available needs. */
  seats: Map<string, { row: string; deck: number; x: number; category: string; wheelchair: boolean }>;
  /** Ticket types sold on the sailing and their GA quota (null = none). */
  ticketTypes: Map<string, number | null>;
}

const TTL_MS = 5_000;

/**
 * A short-lived per-process cache of sailings. It only shapes answers (unknown seat codes,
 * "departed" messages); the claim SQL checks status and departure itself, so a stale entry
 * can never let a seat be sold wrongly.
 */
export class SailingDirectory {
  private readonly cache = new Map<string, { sailing: Sailing | null; loadedAt: number }>();
  /** Loads in progress: a burst of requests for one sailing shares one load (no stampede). */
  private readonly loading = new Map<string, Promise<Sailing | null>>();

  constructor(private readonly db: DataSource) {}

  /**
   * The sailing, from the cache while fresh. A stale entry is still answered at once while one
   * refresh runs behind it: nothing here decides a sale, so a few seconds' staleness costs a
   * clearer message at worst.
   */
  async find(eventId: string): Promise<Sailing | null> {
    const cached = this.cache.get(eventId);
    if (cached && Date.now() - cached.loadedAt < TTL_MS) return cached.sailing;
    const refresh = this.refresh(eventId);
    return cached ? cached.sailing : refresh;
  }

  /** Drops a cached sailing (after a catalog change in this process). */
  forget(eventId: string): void {
    this.cache.delete(eventId);
  }

  private refresh(eventId: string): Promise<Sailing | null> {
    let pending = this.loading.get(eventId);
    if (!pending) {
      pending = this.load(eventId)
        .then((sailing) => {
          this.cache.set(eventId, { sailing, loadedAt: Date.now() });
          if (this.cache.size > 5_000) this.cache.delete(this.cache.keys().next().value as string);
          return sailing;
        })
        .finally(() => this.loading.delete(eventId));
      // A failed background refresh must not surface as an unhandled rejection.
      pending.catch(() => undefined);
      this.loading.set(eventId, pending);
    }
    return pending;
  }

  private async load(eventId: string): Promise<Sailing | null> {
    const [event] = (await this.db.query(
      `SELECT e.id, e.status, e.starts_at, e.supplier, e.external_id, v.id AS vessel_id, v.seating_mode, v.capacity
         FROM event e JOIN vessel v ON v.id = e.vessel_id
        WHERE e.id = $1 AND e.deleted_at IS NULL`,
      [eventId],
    )) as Array<{
      id: string; status: Sailing['status']; starts_at: Date; supplier: EventSupplier; external_id: string | null;
      vessel_id: string; seating_mode: Sailing['seatingMode']; capacity: number;
    }>;
    if (!event) return null;
    const [seats, types] = await Promise.all([
      this.db.query(
        `SELECT s.seat_code, r.id AS row_id, d.level, s.pos_x, s.category_id, s.wheelchair
           FROM seat s JOIN seat_row r ON r.id = s.row_id JOIN deck_section ds ON ds.id = r.section_id JOIN deck d ON d.id = ds.deck_id
          WHERE s.vessel_id = $1`,
        [event.vessel_id],
      ) as Promise<Array<{ seat_code: string; row_id: string; level: number; pos_x: string; category_id: string; wheelchair: boolean }>>,
      this.db.query('SELECT ticket_type_id, quota FROM event_ticket_type WHERE event_id = $1', [eventId]) as Promise<
        Array<{ ticket_type_id: string; quota: number | null }>
      >,
    ]);
    return {
      id: event.id,
      status: event.status,
      startsAt: event.starts_at,
      supplier: event.supplier,
      externalId: event.external_id,
      seatingMode: event.seating_mode,
      capacity: event.capacity,
      seats: new Map(
        seats.map((s) => [s.seat_code, { row: s.row_id, deck: s.level, x: Number(s.pos_x), category: s.category_id, wheelchair: s.wheelchair }]),
      ),
      ticketTypes: new Map(types.map((t) => [t.ticket_type_id, t.quota])),
    };
  }
}
