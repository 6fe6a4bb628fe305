import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { LocalizedText } from '../platform/http/locale';
import { Berth, SeatCategory, TicketType, type CatalogEvent, type Vessel } from '../modules/catalog/entities';
import { insertEvent, insertRoute, insertVessel, type EventSpec, type RouteWithStops } from '../modules/catalog/catalog.writer';
import type { VatMode } from '../modules/catalog/vat';

/**
 * Builders for catalog data in tests: each call makes new rows with unique names, so test
 * files never depend on fixed ids or on each other.
 */

const unique = () => randomUUID().slice(0, 8);
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

export function text(ru: string, en?: string, zh?: string): LocalizedText {
  return { ru, ...(en ? { en } : {}), ...(zh ? { zh } : {}) };
}

export async function makeBerth(tx: EntityManager, name: LocalizedText = text(`Причал ${unique()}`)): Promise<Berth> {
  return tx.save(tx.create(Berth, { name, address: text('Набережная, 1', 'Embankment 1', '堤岸1号'), latitude: '59.941000', longitude: '30.312000' }));
}

export async function makeRoute(
  tx: EntityManager,
  options: { name?: LocalizedText; berths?: Berth[]; durationMinutes?: number } = {},
): Promise<RouteWithStops> {
  const berths = options.berths ?? [await makeBerth(tx), await makeBerth(tx)];
  return insertRoute(tx, {
    name: options.name ?? text(`Маршрут ${unique()}`, `Route ${unique()}`),
    description: text('Описание маршрута', 'Route description'),
    durationMinutes: options.durationMinutes ?? 60,
    stops: berths.map((berth, index) => ({ berth, offsetMinutes: index * 30 })),
  });
}

export async function makeCategory(tx: EntityManager, code = `cat_${unique()}`): Promise<SeatCategory> {
  return tx.save(tx.create(SeatCategory, { code, name: text(`Категория ${code}`, `Category ${code}`), sortOrder: 0 }));
}

export async function makeTicketType(tx: EntityManager, code = `tt_${unique()}`, sortOrder = 0): Promise<TicketType> {
  return tx.save(tx.create(TicketType, { code, name: text('Взрослый', 'Adult', '成人'), description: text('С 14 лет'), sortOrder }));
}

/** An assigned-seating vessel: `decks` decks of `rows` rows × `seatsPerRow` seats. */
export async function makeSeatedVessel(
  tx: EntityManager,
  options: { categories: SeatCategory[]; decks?: number; rows?: number; seatsPerRow?: number },
): Promise<Vessel> {
  const [first, second = first] = options.categories;
  if (!first || !second) throw new Error('makeSeatedVessel needs a seat category');
  const deckCount = options.decks ?? 2;
  const rows = options.rows ?? 2;
  const perRow = options.seatsPerRow ?? 4;
  return insertVessel(tx, {
    name: text(`Теплоход ${unique()}`, `Ship ${unique()}`),
    seatingMode: 'assigned',
    decks: Array.from({ length: deckCount }, (_, d) => ({
      name: text(`Палуба ${d + 1}`, `Deck ${d + 1}`),
      level: d + 1,
      sections: [
        {
          name: text('Салон', 'Salon'),
          rows: Array.from({ length: rows }, (_, r) => ({
            label: String(r + 1),
            seats: Array.from({ length: perRow }, (_, s) => ({
              seatCode: `D${d + 1}-R${r + 1}-S${s + 1}`,
              number: String(s + 1),
              categoryId: (s === 0 ? second : first).id,
              x: s,
              y: r,
              wheelchair: d === 0 && r === 0 && s === 0,
            })),
          })),
        },
      ],
    })),
  });
}

export async function makeGaVessel(tx: EntityManager, capacity = 40): Promise<Vessel> {
  return insertVessel(tx, { name: text(`Катер ${unique()}`, `Boat ${unique()}`), seatingMode: 'general', capacity });
}

export interface EventOptions {
  route: RouteWithStops;
  vessel: Vessel;
  startsAt: Date;
  title?: LocalizedText;
  kind?: 'excursion' | 'event';
  status?: 'scheduled' | 'cancelled';
  vat?: { mode: VatMode; percent: number };
  prices: Array<{ ticketType: TicketType; category?: SeatCategory; amountKopecks: number }>;
  supplier?: EventSpec['supplier'];
  externalId?: string;
}

export async function makeEvent(tx: EntityManager, options: EventOptions): Promise<CatalogEvent> {
  return insertEvent(tx, {
    kind: options.kind ?? 'excursion',
    title: options.title ?? text(`Прогулка ${unique()}`, `Cruise ${unique()}`),
    description: text('Описание', 'Description', '描述'),
    route: options.route,
    vessel: options.vessel,
    startsAt: options.startsAt,
    ...(options.status ? { status: options.status } : {}),
    ...(options.vat ? { vat: options.vat } : {}),
    ...(options.supplier ? { supplier: options.supplier, externalId: options.externalId ?? unique() } : {}),
    ticketTypes: [...new Set(options.prices.map((p) => p.ticketType))].map((t) => ({ ticketTypeId: t.id })),
    prices: options.prices.map((p) => ({ ticketTypeId: p.ticketType.id, seatCategoryId: p.category?.id ?? null, amountKopecks: p.amountKopecks })),
  });
}

/** Runs catalog writes in one transaction, the way the application does. */
export function seed<T>(db: DataSource, work: (tx: EntityManager) => Promise<T>): Promise<T> {
  return db.transaction(work);
}
