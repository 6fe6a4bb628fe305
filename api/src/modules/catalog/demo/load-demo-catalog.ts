import type { DataSource, EntityManager } from 'typeorm';
import { moscowDayStart } from '../../../platform/time';
import { Berth, SeatCategory, TicketType, type Vessel } from '../entities';
import { insertEvent, insertRoute, insertVessel, type RouteWithStops } from '../catalog.writer';
import { DEMO_BERTHS, DEMO_ROUTES, DEMO_SEAT_CATEGORIES, DEMO_TICKET_TYPES, type DemoBerthKey } from './demo-data';
import { DEMO_SCHEDULES, DEMO_VESSELS, type DemoVesselKey } from './demo-schedule';

export interface DemoCatalogSummary {
  berths: number;
  routes: number;
  vessels: number;
  events: number;
}

/** Moscow calendar date (YYYY-MM-DD) `days` after the instant's Moscow date. */
function moscowDate(instant: Date, days: number): string {
  const local = new Date(instant.toLocaleString('en-US', { timeZone: 'Europe/Moscow' }));
  local.setDate(local.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`;
}

function isoWeekday(date: string): number {
  const day = new Date(`${date}T12:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

/**
 * Inserts the St Petersburg demo catalog through `tx`: six piers, four routes, four vessels
 * (two with seat maps, two general admission), three ticket types and every sailing of the
 * schedules over the `days` days after `from`.
 */
export async function insertDemoCatalog(tx: EntityManager, options: { from: Date; days: number }): Promise<DemoCatalogSummary> {
  const berths = {} as Record<DemoBerthKey, Berth>;
  for (const [key, spec] of Object.entries(DEMO_BERTHS) as Array<[DemoBerthKey, (typeof DEMO_BERTHS)[DemoBerthKey]]>) {
    berths[key] = await tx.save(
      tx.create(Berth, { name: spec.name, address: spec.address, latitude: String(spec.latitude), longitude: String(spec.longitude) }),
    );
  }
  const ticketTypes = new Map<string, TicketType>();
  for (const [index, spec] of DEMO_TICKET_TYPES.entries()) {
    ticketTypes.set(spec.code, await tx.save(tx.create(TicketType, { ...spec, sortOrder: index })));
  }
  const categoryIds = {} as Record<(typeof DEMO_SEAT_CATEGORIES)[number]['code'], string>;
  for (const spec of DEMO_SEAT_CATEGORIES) {
    const existing = await tx.findOne(SeatCategory, { where: { code: spec.code } });
    categoryIds[spec.code] = (existing ?? (await tx.save(tx.create(SeatCategory, spec)))).id;
  }
  const vessels = {} as Record<DemoVesselKey, Vessel>;
  for (const key of Object.keys(DEMO_VESSELS) as DemoVesselKey[]) {
    vessels[key] = await insertVessel(tx, DEMO_VESSELS[key](categoryIds));
  }
  const routes = new Map<string, RouteWithStops>();
  for (const spec of DEMO_ROUTES) {
    routes.set(
      spec.key,
      await insertRoute(tx, { ...spec, stops: spec.stops.map((stop) => ({ berth: berths[stop.berth], offsetMinutes: stop.offsetMinutes })) }),
    );
  }

  let events = 0;
  for (let day = 1; day <= options.days; day += 1) {
    const date = moscowDate(options.from, day);
    for (const schedule of DEMO_SCHEDULES) {
      if (schedule.weekdays && !schedule.weekdays.includes(isoWeekday(date))) continue;
      const route = routes.get(schedule.route);
      if (!route) throw new Error(`Demo schedule names an unknown route ${schedule.route}`);
      for (const time of schedule.times) {
        const [hours = 0, minutes = 0] = time.split(':').map(Number);
        const startsAt = new Date(moscowDayStart(date).getTime() + (hours * 60 + minutes) * 60_000);
        const typeId = (code: string) => {
          const type = ticketTypes.get(code);
          if (!type) throw new Error(`Demo schedule names an unknown ticket type ${code}`);
          return type.id;
        };
        await insertEvent(tx, {
          kind: schedule.kind,
          title: schedule.title,
          description: schedule.description,
          route,
          vessel: vessels[schedule.vessel],
          startsAt,
          supplier: schedule.supplier,
          externalId: schedule.supplier === 'own' ? null : `${schedule.route}-${date}-${time}`,
          ticketTypes: [...new Set(schedule.prices.map((p) => p.ticketType))].map((code) => ({
            ticketTypeId: typeId(code),
            quota: schedule.quotas?.[code] ?? null,
          })),
          prices: schedule.prices.map((p) => ({
            ticketTypeId: typeId(p.ticketType),
            seatCategoryId: p.category ? categoryIds[p.category] : null,
            amountKopecks: p.rubles * 100,
          })),
        });
        events += 1;
      }
    }
  }
  return { berths: Object.keys(berths).length, routes: routes.size, vessels: Object.keys(vessels).length, events };
}

/**
 * Loads the demo catalog into a database that has never had one and holds no sailings, once:
 * the settings row records it, so deleting the demo data later does not bring it back.
 *
 * @returns the summary when it loaded now, null when it had nothing to do
 */
export async function loadDemoCatalogOnce(db: DataSource, now = new Date()): Promise<DemoCatalogSummary | null> {
  return db.transaction(async (tx) => {
    const [settings] = (await tx.query('SELECT demo_catalog_loaded_at FROM catalog_settings WHERE id = 1 FOR UPDATE')) as Array<{
      demo_catalog_loaded_at: Date | null;
    }>;
    if (!settings || settings.demo_catalog_loaded_at) return null;
    const [{ count } = { count: '0' }] = (await tx.query('SELECT count(*) AS count FROM event')) as Array<{ count: string }>;
    if (Number(count) > 0) return null;
    const summary = await insertDemoCatalog(tx, { from: now, days: 14 });
    await tx.query('UPDATE catalog_settings SET demo_catalog_loaded_at = now(), updated_at = now() WHERE id = 1');
    return summary;
  });
}
