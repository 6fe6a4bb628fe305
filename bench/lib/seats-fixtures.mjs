/**
 * Vessels and sailings made for the seat benchmark, in plain SQL on top of the seeded catalog
 * (whose largest vessel has 156 seats): a vessel of `rows × perRow` numbered seats on one deck
 * (codes D1-R<row>-S<n>), and `count` sailings on it two days ahead, priced for the seeded
 * ticket types and reusing a seeded route and its departure pier.
 */
import pg from 'pg';

/** Creates the vessel and its seat map; returns its id and seat codes in map order. */
async function createVessel(client, { name, rows, perRow }) {
  const capacity = rows * perRow;
  const { rows: [vessel] } = await client.query(
    `INSERT INTO vessel (name, seating_mode, capacity) VALUES (jsonb_build_object('ru', $1::text), 'assigned', $2) RETURNING id`,
    [name, capacity],
  );
  const { rows: [deck] } = await client.query(
    `INSERT INTO deck (vessel_id, name, level, sort_order) VALUES ($1, '{"ru": "Главная палуба"}', 1, 1) RETURNING id`,
    [vessel.id],
  );
  const { rows: [section] } = await client.query(
    `INSERT INTO deck_section (deck_id, name, sort_order) VALUES ($1, '{"ru": "Салон"}', 1) RETURNING id`,
    [deck.id],
  );
  await client.query(
    `INSERT INTO seat_row (section_id, label, sort_order) SELECT $1, g::text, g FROM generate_series(1, $2::int) AS g`,
    [section.id, rows],
  );
  const { rows: seats } = await client.query(
    `INSERT INTO seat (vessel_id, row_id, seat_code, number, category_id, pos_x, pos_y)
     SELECT $1, r.id, 'D1-R' || r.label || '-S' || g.n, g.n::text,
            (SELECT id FROM seat_category WHERE code = 'standard'), g.n, r.sort_order
       FROM seat_row r, generate_series(1, $3::int) AS g(n)
      WHERE r.section_id = $2
      ORDER BY r.sort_order, g.n
     RETURNING seat_code`,
    [vessel.id, section.id, perRow],
  );
  return { vesselId: vessel.id, seatCodes: seats.map((s) => s.seat_code), capacity };
}

/** Creates `count` sailings of the vessel, each with the seeded ticket types and a price per type. */
async function createSailings(client, { vesselId, title, count, firstOffsetHours }) {
  const { rows } = await client.query(
    `WITH r AS (
       SELECT r.id AS route_id, rs.berth_id FROM route r JOIN route_stop rs ON rs.route_id = r.id AND rs.position = 0
        WHERE r.deleted_at IS NULL ORDER BY r.id LIMIT 1
     )
     INSERT INTO event (kind, title, route_id, vessel_id, departure_berth_id, starts_at, ends_at, search_text)
     SELECT 'excursion', jsonb_build_object('ru', $2::text || ' #' || g), r.route_id, $1, r.berth_id,
            date_trunc('hour', now()) + interval '2 days' + ($4::int + g) * interval '1 hour',
            date_trunc('hour', now()) + interval '2 days' + ($4::int + g) * interval '1 hour' + interval '1 hour',
            lower($2::text || ' #' || g)
       FROM r, generate_series(1, $3::int) AS g
     RETURNING id`,
    [vesselId, title, count, firstOffsetHours],
  );
  if (rows.length !== count) throw new Error('No seeded route with a departure pier to reuse');
  const ids = rows.map((r) => r.id);
  await client.query(
    `INSERT INTO event_ticket_type (event_id, ticket_type_id)
     SELECT e, t.id FROM unnest($1::uuid[]) AS e, ticket_type t WHERE t.deleted_at IS NULL`,
    [ids],
  );
  await client.query(
    `INSERT INTO event_price (event_id, ticket_type_id, seat_category_id, amount_kopecks)
     SELECT e, t.id, c.id, CASE t.code WHEN 'child' THEN 130000 WHEN 'concession' THEN 150000 ELSE 180000 END
       FROM unnest($1::uuid[]) AS e, ticket_type t, seat_category c
      WHERE t.deleted_at IS NULL AND c.code = 'standard'`,
    [ids],
  );
  return ids;
}

/**
 * The benchmark's sailings: `burstSailings` on a vessel of `burst.rows × burst.perRow` seats
 * (one per try of each burst), and on a vessel of `big.rows × big.perRow` seats one warm-up
 * sailing plus `sustainedSailings` fresh ones for the sustained run. Analyses the database
 * afterwards.
 */
export async function createSeatFixtures(databaseUrl, { burst, burstSailings, big, sustainedSailings }) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    const burstVessel = await createVessel(client, { name: `Бенчмарк ${burst.rows * burst.perRow}`, ...burst });
    const burstEventIds = await createSailings(client, { vesselId: burstVessel.vesselId, title: 'Бенчмарк: всплеск', count: burstSailings, firstOffsetHours: 0 });
    const bigVessel = await createVessel(client, { name: `Бенчмарк ${big.rows * big.perRow}`, ...big });
    const [warmupEventId, ...sustainedEventIds] = await createSailings(client, {
      vesselId: bigVessel.vesselId, title: 'Бенчмарк: поток', count: sustainedSailings + 1, firstOffsetHours: burstSailings,
    });
    await client.query('COMMIT');
    await client.query('ANALYZE');
    return {
      burst: { eventIds: burstEventIds, seatCodes: burstVessel.seatCodes },
      big: { warmupEventId, sustainedEventIds, seatCodes: bigVessel.seatCodes },
    };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

/** Seats held on a sailing, as PostgreSQL sees them. */
export async function heldSeatCount(databaseUrl, eventId) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows: [row] } = await client.query(
      "SELECT count(*)::int AS held, count(DISTINCT session_id)::int AS sessions FROM seat_claim WHERE event_id = $1 AND state = 'held'",
      [eventId],
    );
    return row;
  } finally {
    await client.end();
  }
}

/** Refreshes the planner's statistics of the claim tables. */
export async function analyzeClaims(databaseUrl) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('ANALYZE seat_claim, hold');
  } finally {
    await client.end();
  }
}
