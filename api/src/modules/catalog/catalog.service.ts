import type { DataSource } from 'typeorm';
import { sqlClientOf, type SqlClient } from '../../platform/db/sql-client';
import type { z } from 'zod';
import { localize, type Lang, type LocalizedText } from '../../platform/http/locale';
import { BUSINESS_TIME_ZONE, moscowDayStart, toMoscowIso } from '../../platform/time';
import { CatalogErrors } from './catalog.errors';
import { refundPolicyView } from '../refunds/refund-policy';
import type {
  EventFiltersSchema, EventListSchema, EventSchema, EventSummarySchema, ListEventsQuery, PriceListSchema, SeatLayoutSchema,
  TicketTypeListSchema,
} from './catalog.schemas';
import * as queries from './catalog.queries';
import { decodeCursor, encodeCursor } from './event-cursor';
import { searchPatterns } from './search-text';
import { vatOf } from './vat';

type EventList = z.infer<typeof EventListSchema>;
type EventDto = z.infer<typeof EventSchema>;
type EventSummaryDto = z.infer<typeof EventSummarySchema>;
type SeatLayout = z.infer<typeof SeatLayoutSchema>;
type PriceList = z.infer<typeof PriceListSchema>;
type TicketTypeList = z.infer<typeof TicketTypeListSchema>;
type EventFilters = z.infer<typeof EventFiltersSchema>;
export type ListEventsInput = z.infer<typeof ListEventsQuery>;

/** Who asks: the language every localized text is resolved in. */
export interface CatalogContext {
  lang: Lang;
}

/**
 * How many seats or places of each sailing are taken (sold, or held and not lapsed). Seating
 * owns those tables; the catalog only asks, so the list can say "few seats left".
 */
export interface TakenPlaces {
  takenPlaces(eventIds: string[]): Promise<Map<string, number>>;
}

/** The public catalog: sailings, their layouts, ticket types and prices. */
export class CatalogService {
  private readonly db: SqlClient;

  constructor(
    dataSource: DataSource,
    private readonly places: TakenPlaces,
  ) {
    this.db = sqlClientOf(dataSource);
  }

  async listEvents(ctx: CatalogContext, input: ListEventsInput): Promise<EventList> {
    const rows = await queries.selectEventSummaries(this.db, {
      from: input.dateFrom ? toInstant(input.dateFrom, false) : new Date(),
      ...(input.dateTo ? { to: toInstant(input.dateTo, true) } : {}),
      ...(input.routeId ? { routeId: input.routeId } : {}),
      ...(input.berthId ? { berthId: input.berthId } : {}),
      ...(input.kind ? { kind: input.kind } : {}),
      ...(input.priceMin !== undefined ? { priceMin: input.priceMin } : {}),
      ...(input.priceMax !== undefined ? { priceMax: input.priceMax } : {}),
      searchPatterns: input.q ? searchPatterns(input.q) : [],
      ...(input.cursor ? { after: decodeCursor(input.cursor) } : {}),
      limit: input.limit + 1,
    });
    const page = rows.slice(0, input.limit);
    const last = page.at(-1);
    const taken = page.length > 0 ? await this.places.takenPlaces(page.map((row) => row.id)) : new Map<string, number>();
    return {
      items: page.map((row) => toSummary(row, ctx.lang, taken.get(row.id) ?? 0)),
      nextCursor: rows.length > input.limit && last ? encodeCursor({ startsAt: last.starts_at.toISOString(), id: last.id }) : null,
      lang: ctx.lang,
    };
  }

  async getEvent(ctx: CatalogContext, id: string): Promise<EventDto> {
    const row = await queries.selectEventDetail(this.db, id);
    if (!row) throw CatalogErrors.eventNotFound(id);
    const taken = await this.places.takenPlaces([id]);
    const summary = toSummary(row, ctx.lang, taken.get(id) ?? 0);
    return {
      ...summary,
      lang: ctx.lang,
      description: localize(row.description, ctx.lang),
      route: {
        id: row.route_id,
        name: localize(row.route_name, ctx.lang),
        description: localize(row.route_description, ctx.lang),
        durationMinutes: row.duration_minutes,
        stops: row.stops.map((stop) => ({
          position: stop.position,
          offsetMinutes: stop.offsetMinutes,
          berth: toBerth(stop.berth, ctx.lang),
        })),
      },
      departureBerth: toBerth(
        {
          id: row.berth_id,
          name: row.berth_name,
          address: row.berth_address,
          latitude: Number(row.berth_latitude),
          longitude: Number(row.berth_longitude),
        },
        ctx.lang,
      ),
      vat: { mode: row.vat_mode, ratePercent: row.vat_percent },
      supplier: { source: row.supplier, externalId: row.external_id },
      refundPolicy: refundPolicyView(row.starts_at),
    };
  }

  /** Routes, berths and the price range of upcoming sailings: the options of the list's filters. */
  async getEventFilters(ctx: CatalogContext): Promise<EventFilters> {
    const now = new Date();
    const [options, price] = await Promise.all([queries.selectFilterOptions(this.db, now), queries.selectPriceRange(this.db, now)]);
    const named = (kind: 'route' | 'berth') =>
      options
        .filter((option) => option.kind === kind)
        .map((option) => ({ id: option.id, name: localize(option.name, ctx.lang) }))
        .sort((a, b) => a.name.localeCompare(b.name, ctx.lang));
    return { routes: named('route'), berths: named('berth'), price, lang: ctx.lang };
  }

  async getSeatLayout(ctx: CatalogContext, eventId: string): Promise<SeatLayout> {
    const event = await this.requireEvent(eventId);
    const [rows, categories] = await Promise.all([
      queries.selectLayoutRows(this.db, event.vessel_id),
      queries.selectVesselCategories(this.db, event.vessel_id),
    ]);
    return {
      eventId,
      vessel: vesselOf(event, ctx.lang),
      categories: categories.map((c) => ({ id: c.id, code: c.code, name: localize(c.name, ctx.lang) })),
      decks: buildDecks(rows, ctx.lang),
    };
  }

  async getTicketTypes(ctx: CatalogContext, eventId: string): Promise<TicketTypeList> {
    await this.requireEvent(eventId);
    const rows = await queries.selectEventTicketTypes(this.db, eventId);
    return {
      items: rows.map((t) => ({
        id: t.id,
        code: t.code,
        name: localize(t.name, ctx.lang),
        description: localize(t.description, ctx.lang),
        quota: t.quota,
      })),
    };
  }

  async getPrices(eventId: string): Promise<PriceList> {
    const event = await this.requireEvent(eventId);
    const rows = await queries.selectEventPrices(this.db, eventId);
    return {
      eventId,
      currency: 'RUB',
      vat: { mode: event.vat_mode, ratePercent: event.vat_percent },
      items: rows.map((p) => ({
        ticketTypeId: p.ticket_type_id,
        ticketTypeCode: p.ticket_type_code,
        seatCategoryId: p.seat_category_id,
        seatCategoryCode: p.seat_category_code,
        amountKopecks: p.amount_kopecks,
        ...vatOf(p.amount_kopecks, event.vat_mode, event.vat_percent),
      })),
    };
  }

  private async requireEvent(id: string): Promise<queries.EventRefRow> {
    const event = await queries.selectEventRef(this.db, id);
    if (!event) throw CatalogErrors.eventNotFound(id);
    return event;
  }
}

/** A filter bound: a date-time as given, a bare date as the start (or end) of that Moscow day. */
function toInstant(value: string, endOfDay: boolean): Date {
  return value.length === 10 ? moscowDayStart(value, endOfDay) : new Date(value);
}

function toSummary(row: queries.EventSummaryRow, lang: Lang, taken: number): EventSummaryDto {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    title: localize(row.title, lang),
    startsAt: row.starts_at.toISOString(),
    endsAt: row.ends_at.toISOString(),
    startsAtLocal: toMoscowIso(row.starts_at),
    endsAtLocal: toMoscowIso(row.ends_at),
    timeZone: BUSINESS_TIME_ZONE,
    durationMinutes: Math.round((row.ends_at.getTime() - row.starts_at.getTime()) / 60_000),
    priceFrom: row.price_from,
    currency: 'RUB',
    remaining: Math.max(0, row.capacity - taken),
    route: { id: row.route_id, name: localize(row.route_name, lang) },
    departureBerth: { id: row.berth_id, name: localize(row.berth_name, lang) },
    vessel: vesselOf(row, lang),
  };
}

function vesselOf(
  row: { vessel_id: string; vessel_name: LocalizedText; seating_mode: 'assigned' | 'general'; capacity: number },
  lang: Lang,
) {
  return { id: row.vessel_id, name: localize(row.vessel_name, lang), seatingMode: row.seating_mode, capacity: row.capacity };
}

function toBerth(berth: queries.BerthJson, lang: Lang) {
  return {
    id: berth.id,
    name: localize(berth.name, lang),
    address: localize(berth.address, lang),
    latitude: berth.latitude,
    longitude: berth.longitude,
    mapUrl: `https://yandex.ru/maps/?pt=${berth.longitude},${berth.latitude}&z=17&l=map`,
  };
}

/** Folds the flat, ordered layout rows back into decks → sections → rows → seats. */
function buildDecks(rows: queries.LayoutRow[], lang: Lang): SeatLayout['decks'] {
  const decks: SeatLayout['decks'] = [];
  for (const row of rows) {
    let deck = decks.at(-1);
    if (deck?.id !== row.deck_id) {
      deck = { id: row.deck_id, name: localize(row.deck_name, lang), level: row.level, sections: [] };
      decks.push(deck);
    }
    if (!row.section_id) continue;
    let section = deck.sections.at(-1);
    if (section?.id !== row.section_id) {
      section = { id: row.section_id, name: localize(row.section_name, lang), rows: [] };
      deck.sections.push(section);
    }
    if (!row.row_id || row.row_label === null) continue;
    let seatRow = section.rows.at(-1);
    if (seatRow?.id !== row.row_id) {
      seatRow = { id: row.row_id, label: row.row_label, seats: [] };
      section.rows.push(seatRow);
    }
    if (!row.seat_code || !row.number || !row.category_id) continue;
    seatRow.seats.push({
      seatCode: row.seat_code,
      number: row.number,
      categoryId: row.category_id,
      x: Number(row.pos_x),
      y: Number(row.pos_y),
      accessibility: { wheelchair: Boolean(row.wheelchair), companion: Boolean(row.companion), restrictedView: Boolean(row.restricted_view) },
    });
  }
  return decks;
}
