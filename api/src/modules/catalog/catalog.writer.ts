import type { EntityManager } from 'typeorm';
import type { LocalizedText } from '../../platform/http/locale';
import type { Berth} from './entities';
import { CatalogEvent, Deck, DeckSection, EventPrice, EventTicketType, Route, RouteStop, Seat, SeatRow, Vessel } from './entities';
import type { EventKind, EventSupplier } from './entities/event.entity';
import type { VatMode } from './vat';
import { buildSearchText } from './search-text';

/**
 * Writes catalog aggregates (a vessel with its layout, a route with its stops, a sailing with
 * its prices) through the caller's transaction. Used by the demo catalog, tests and
 * benchmarks now, and by the CRM's catalog management later — one place keeps `search_text`
 * and the layout's invariants right.
 */

export interface SeatSpec {
  seatCode: string;
  number: string;
  categoryId: string;
  x: number;
  y: number;
  wheelchair?: boolean;
  companion?: boolean;
  restrictedView?: boolean;
}
export interface RowSpec { label: string; seats: SeatSpec[] }
export interface SectionSpec { name: LocalizedText; rows: RowSpec[] }
export interface DeckSpec { name: LocalizedText; level: number; sections: SectionSpec[] }

export interface VesselSpec {
  name: LocalizedText;
  seatingMode: 'assigned' | 'general';
  /** For assigned seating, the seat count is used when omitted. */
  capacity?: number;
  decks?: DeckSpec[];
}

export async function insertVessel(tx: EntityManager, spec: VesselSpec): Promise<Vessel> {
  const seatCount = (spec.decks ?? []).flatMap((d) => d.sections.flatMap((s) => s.rows.flatMap((r) => r.seats))).length;
  const capacity = spec.capacity ?? seatCount;
  const vessel = await tx.save(tx.create(Vessel, { name: spec.name, seatingMode: spec.seatingMode, capacity }));
  for (const [deckIndex, deckSpec] of (spec.decks ?? []).entries()) {
    const deck = await tx.save(tx.create(Deck, { vesselId: vessel.id, name: deckSpec.name, level: deckSpec.level, sortOrder: deckIndex }));
    for (const [sectionIndex, sectionSpec] of deckSpec.sections.entries()) {
      const section = await tx.save(tx.create(DeckSection, { deckId: deck.id, name: sectionSpec.name, sortOrder: sectionIndex }));
      for (const [rowIndex, rowSpec] of sectionSpec.rows.entries()) {
        const row = await tx.save(tx.create(SeatRow, { sectionId: section.id, label: rowSpec.label, sortOrder: rowIndex }));
        if (rowSpec.seats.length === 0) continue;
        await tx.insert(
          Seat,
          rowSpec.seats.map((seat) => ({
            vesselId: vessel.id,
            rowId: row.id,
            seatCode: seat.seatCode,
            number: seat.number,
            categoryId: seat.categoryId,
            posX: String(seat.x),
            posY: String(seat.y),
            wheelchair: seat.wheelchair ?? false,
            companion: seat.companion ?? false,
            restrictedView: seat.restrictedView ?? false,
          })),
        );
      }
    }
  }
  return vessel;
}

export interface RouteSpec {
  name: LocalizedText;
  description: LocalizedText;
  durationMinutes: number;
  stops: Array<{ berth: Berth; offsetMinutes: number }>;
}

export interface RouteWithStops { route: Route; berths: Berth[] }

export async function insertRoute(tx: EntityManager, spec: RouteSpec): Promise<RouteWithStops> {
  const route = await tx.save(tx.create(Route, { name: spec.name, description: spec.description, durationMinutes: spec.durationMinutes }));
  await tx.insert(
    RouteStop,
    spec.stops.map((stop, position) => ({ routeId: route.id, position, berthId: stop.berth.id, offsetMinutes: stop.offsetMinutes })),
  );
  return { route, berths: spec.stops.map((stop) => stop.berth) };
}

export interface EventSpec {
  kind: EventKind;
  title: LocalizedText;
  description: LocalizedText;
  route: RouteWithStops;
  vessel: Vessel;
  startsAt: Date;
  /** Defaults to the route's duration after `startsAt`. */
  endsAt?: Date;
  status?: 'scheduled' | 'cancelled';
  supplier?: EventSupplier;
  externalId?: string | null;
  vat?: { mode: VatMode; percent: number };
  ticketTypes: Array<{ ticketTypeId: string; quota?: number | null }>;
  prices: Array<{ ticketTypeId: string; seatCategoryId?: string | null; amountKopecks: number }>;
}

export async function insertEvent(tx: EntityManager, spec: EventSpec): Promise<CatalogEvent> {
  const departure = spec.route.berths[0];
  if (!departure) throw new Error('A route needs at least one stop to depart from');
  const event = await tx.save(
    tx.create(CatalogEvent, {
      kind: spec.kind,
      title: spec.title,
      description: spec.description,
      routeId: spec.route.route.id,
      vesselId: spec.vessel.id,
      departureBerthId: departure.id,
      startsAt: spec.startsAt,
      endsAt: spec.endsAt ?? new Date(spec.startsAt.getTime() + spec.route.route.durationMinutes * 60_000),
      status: spec.status ?? 'scheduled',
      supplier: spec.supplier ?? 'own',
      externalId: spec.externalId ?? null,
      vatMode: spec.vat?.mode ?? null,
      vatPercent: spec.vat?.percent ?? null,
      searchText: buildSearchText([
        spec.title,
        spec.description,
        spec.route.route.name,
        ...spec.route.berths.map((berth) => berth.name),
      ]),
    }),
  );
  await tx.insert(
    EventTicketType,
    spec.ticketTypes.map((t) => ({ eventId: event.id, ticketTypeId: t.ticketTypeId, quota: t.quota ?? null })),
  );
  await tx.insert(
    EventPrice,
    spec.prices.map((p) => ({
      eventId: event.id,
      ticketTypeId: p.ticketTypeId,
      seatCategoryId: p.seatCategoryId ?? null,
      amountKopecks: p.amountKopecks,
    })),
  );
  return event;
}
