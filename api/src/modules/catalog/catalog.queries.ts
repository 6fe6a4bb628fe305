import type { SqlClient } from '../../platform/db/sql-client';
import type { LocalizedText } from '../../platform/http/locale';
import type { VatMode } from './vat';
import type { EventCursor } from './event-cursor';

/**
 * The catalog's read queries, as plain SQL on the pool (see sql-client.ts): the public catalog
 * is the hottest path of the shop, so each call is one indexed round trip of a prepared
 * statement that returns exactly the columns the response needs.
 */

// What the buyer pays at the lowest price: with VAT `excluded` the VAT is added on top,
// rounded half-up per line exactly as vatOf() does (integer division of non-negatives floors).
const PRICE_FROM_SQL = `
  CASE WHEN COALESCE(e.vat_mode, s.default_vat_mode) = 'excluded'
    THEN p.min_amount + (p.min_amount::bigint * COALESCE(e.vat_percent, s.default_vat_percent) * 2 + 100) / 200
    ELSE p.min_amount END`;

const SUMMARY_FROM = `
  FROM event e
  JOIN route r ON r.id = e.route_id
  JOIN berth b ON b.id = e.departure_berth_id
  JOIN vessel v ON v.id = e.vessel_id
  CROSS JOIN catalog_settings s
  LEFT JOIN LATERAL (
    SELECT min(ep.amount_kopecks) AS min_amount FROM event_price ep WHERE ep.event_id = e.id
  ) p ON true`;

const SUMMARY_COLUMNS = `
  e.id, e.kind, e.status, e.title, e.starts_at, e.ends_at,
  r.id AS route_id, r.name AS route_name, r.duration_minutes,
  b.id AS berth_id, b.name AS berth_name,
  v.id AS vessel_id, v.name AS vessel_name, v.seating_mode, v.capacity,
  (${PRICE_FROM_SQL})::integer AS price_from`;

export interface EventSummaryRow {
  id: string;
  kind: 'excursion' | 'event';
  status: 'scheduled' | 'cancelled';
  title: LocalizedText;
  starts_at: Date;
  ends_at: Date;
  route_id: string;
  route_name: LocalizedText;
  duration_minutes: number;
  berth_id: string;
  berth_name: LocalizedText;
  vessel_id: string;
  vessel_name: LocalizedText;
  seating_mode: 'assigned' | 'general';
  capacity: number;
  price_from: number | null;
}

export interface EventFilter {
  from: Date;
  to?: Date;
  routeId?: string;
  berthId?: string;
  kind?: 'excursion' | 'event';
  priceMin?: number;
  priceMax?: number;
  searchPatterns: string[];
  after?: EventCursor;
  limit: number;
}

/** Scheduled sailings matching the filter, ordered by departure then id. */
export async function selectEventSummaries(db: SqlClient, filter: EventFilter): Promise<EventSummaryRow[]> {
  const params: unknown[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const where = ['e.deleted_at IS NULL', "e.status = 'scheduled'", `e.starts_at >= ${param(filter.from)}`];
  if (filter.to) where.push(`e.starts_at < ${param(filter.to)}`);
  if (filter.routeId) where.push(`e.route_id = ${param(filter.routeId)}`);
  if (filter.berthId) where.push(`e.departure_berth_id = ${param(filter.berthId)}`);
  if (filter.kind) where.push(`e.kind = ${param(filter.kind)}`);
  if (filter.searchPatterns.length > 0) where.push(`e.search_text LIKE ALL (${param(filter.searchPatterns)}::text[])`);
  if (filter.priceMin !== undefined) where.push(`(${PRICE_FROM_SQL}) >= ${param(filter.priceMin)}`);
  if (filter.priceMax !== undefined) where.push(`(${PRICE_FROM_SQL}) <= ${param(filter.priceMax)}`);
  if (filter.after) {
    where.push(`(e.starts_at, e.id) > (${param(filter.after.startsAt)}::timestamptz, ${param(filter.after.id)}::uuid)`);
  }
  const sql = `SELECT ${SUMMARY_COLUMNS} ${SUMMARY_FROM}
    WHERE ${where.join(' AND ')}
    ORDER BY e.starts_at, e.id
    LIMIT ${param(filter.limit)}`;
  return db.query<EventSummaryRow>(sql, params);
}

export interface BerthJson {
  id: string;
  name: LocalizedText;
  address: LocalizedText;
  latitude: number;
  longitude: number;
}

export interface EventDetailRow extends EventSummaryRow {
  description: LocalizedText;
  route_description: LocalizedText;
  berth_address: LocalizedText;
  berth_latitude: string;
  berth_longitude: string;
  vat_mode: VatMode;
  vat_percent: number;
  supplier: 'own' | 'astra_marin' | 'neva_travel';
  external_id: string | null;
  stops: Array<{ position: number; offsetMinutes: number; berth: BerthJson }>;
}

/** One sailing with everything its page shows, or undefined. */
export async function selectEventDetail(db: SqlClient, id: string): Promise<EventDetailRow | undefined> {
  const rows = await db.query<EventDetailRow>(
    `SELECT ${SUMMARY_COLUMNS},
       e.description, r.description AS route_description,
       b.address AS berth_address, b.latitude AS berth_latitude, b.longitude AS berth_longitude,
       COALESCE(e.vat_mode, s.default_vat_mode) AS vat_mode,
       COALESCE(e.vat_percent, s.default_vat_percent) AS vat_percent,
       e.supplier, e.external_id,
       (SELECT COALESCE(json_agg(json_build_object(
                 'position', rs.position, 'offsetMinutes', rs.offset_minutes,
                 'berth', json_build_object('id', sb.id, 'name', sb.name, 'address', sb.address,
                                            'latitude', sb.latitude, 'longitude', sb.longitude))
               ORDER BY rs.position), '[]'::json)
          FROM route_stop rs JOIN berth sb ON sb.id = rs.berth_id
         WHERE rs.route_id = r.id) AS stops
     ${SUMMARY_FROM}
     WHERE e.id = $1 AND e.deleted_at IS NULL`,
    [id],
  );
  return rows[0];
}

export interface EventRefRow {
  id: string;
  vessel_id: string;
  vessel_name: LocalizedText;
  seating_mode: 'assigned' | 'general';
  capacity: number;
  vat_mode: VatMode;
  vat_percent: number;
}

/** The sailing's vessel and VAT, for the layout, ticket-type and price calls. */
export async function selectEventRef(db: SqlClient, id: string): Promise<EventRefRow | undefined> {
  const rows = await db.query<EventRefRow>(
    `SELECT e.id, v.id AS vessel_id, v.name AS vessel_name, v.seating_mode, v.capacity,
            COALESCE(e.vat_mode, s.default_vat_mode) AS vat_mode,
            COALESCE(e.vat_percent, s.default_vat_percent) AS vat_percent
       FROM event e JOIN vessel v ON v.id = e.vessel_id CROSS JOIN catalog_settings s
      WHERE e.id = $1 AND e.deleted_at IS NULL`,
    [id],
  );
  return rows[0];
}

export interface LayoutRow {
  deck_id: string;
  deck_name: LocalizedText;
  level: number;
  section_id: string | null;
  section_name: LocalizedText | null;
  row_id: string | null;
  row_label: string | null;
  seat_code: string | null;
  number: string | null;
  category_id: string | null;
  pos_x: string | null;
  pos_y: string | null;
  wheelchair: boolean | null;
  companion: boolean | null;
  restricted_view: boolean | null;
}

/** The vessel's layout flattened to one row per seat (or per empty deck, section, row). */
export function selectLayoutRows(db: SqlClient, vesselId: string): Promise<LayoutRow[]> {
  return db.query<LayoutRow>(
    `SELECT d.id AS deck_id, d.name AS deck_name, d.level,
            ds.id AS section_id, ds.name AS section_name,
            sr.id AS row_id, sr.label AS row_label,
            st.seat_code, st.number, st.category_id, st.pos_x, st.pos_y,
            st.wheelchair, st.companion, st.restricted_view
       FROM deck d
       LEFT JOIN deck_section ds ON ds.deck_id = d.id
       LEFT JOIN seat_row sr ON sr.section_id = ds.id
       LEFT JOIN seat st ON st.row_id = sr.id
      WHERE d.vessel_id = $1
      ORDER BY d.sort_order, d.level, d.id, ds.sort_order, ds.id, sr.sort_order, sr.id, st.pos_x, st.seat_code`,
    [vesselId],
  );
}

export interface CategoryRow {
  id: string;
  code: string;
  name: LocalizedText;
}

export function selectVesselCategories(db: SqlClient, vesselId: string): Promise<CategoryRow[]> {
  return db.query<CategoryRow>(
    `SELECT c.id, c.code, c.name FROM seat_category c
      WHERE EXISTS (SELECT 1 FROM seat s WHERE s.vessel_id = $1 AND s.category_id = c.id)
      ORDER BY c.sort_order, c.code`,
    [vesselId],
  );
}

export interface TicketTypeRow {
  id: string;
  code: string;
  name: LocalizedText;
  description: LocalizedText;
  quota: number | null;
}

export function selectEventTicketTypes(db: SqlClient, eventId: string): Promise<TicketTypeRow[]> {
  return db.query<TicketTypeRow>(
    `SELECT t.id, t.code, t.name, t.description, ett.quota
       FROM event_ticket_type ett JOIN ticket_type t ON t.id = ett.ticket_type_id
      WHERE ett.event_id = $1 AND t.deleted_at IS NULL
      ORDER BY t.sort_order, t.code`,
    [eventId],
  );
}

export interface PriceRow {
  ticket_type_id: string;
  ticket_type_code: string;
  seat_category_id: string | null;
  seat_category_code: string | null;
  amount_kopecks: number;
}

export function selectEventPrices(db: SqlClient, eventId: string): Promise<PriceRow[]> {
  return db.query<PriceRow>(
    `SELECT ep.ticket_type_id, t.code AS ticket_type_code,
            ep.seat_category_id, c.code AS seat_category_code, ep.amount_kopecks
       FROM event_price ep
       JOIN ticket_type t ON t.id = ep.ticket_type_id
       LEFT JOIN seat_category c ON c.id = ep.seat_category_id
      WHERE ep.event_id = $1 AND t.deleted_at IS NULL
      ORDER BY t.sort_order, c.sort_order NULLS FIRST, ep.amount_kopecks`,
    [eventId],
  );
}

export interface FilterOptionRow {
  kind: 'route' | 'berth';
  id: string;
  name: LocalizedText;
}

/** Routes and departure berths of upcoming scheduled sailings (names are sorted by the caller's language). */
export function selectFilterOptions(db: SqlClient, from: Date): Promise<FilterOptionRow[]> {
  return db.query<FilterOptionRow>(
    `WITH upcoming AS (
       SELECT DISTINCT e.route_id, e.departure_berth_id FROM event e
        WHERE e.deleted_at IS NULL AND e.status = 'scheduled' AND e.starts_at >= $1
     )
     SELECT 'route' AS kind, r.id, r.name FROM route r WHERE r.id IN (SELECT route_id FROM upcoming)
     UNION ALL
     SELECT 'berth' AS kind, b.id, b.name FROM berth b WHERE b.id IN (SELECT departure_berth_id FROM upcoming)`,
    [from],
  );
}

/** The lowest and highest "price from" among upcoming scheduled sailings. */
export async function selectPriceRange(db: SqlClient, from: Date): Promise<{ min: number; max: number } | null> {
  const rows = await db.query<{ min: number | null; max: number | null }>(
    `SELECT min(price_from)::integer AS min, max(price_from)::integer AS max FROM (
       SELECT (${PRICE_FROM_SQL}) AS price_from ${SUMMARY_FROM}
        WHERE e.deleted_at IS NULL AND e.status = 'scheduled' AND e.starts_at >= $1
     ) prices`,
    [from],
  );
  const row = rows[0];
  return row && row.min !== null && row.max !== null ? { min: row.min, max: row.max } : null;
}
