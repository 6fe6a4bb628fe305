/** A pooled data source or a transaction's query runner: anything that runs SQL. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Runner = { query(sql: string, parameters?: unknown[]): Promise<any> };

/*
 * Statements that change rows and return them are written as WITH … SELECT: TypeORM returns a
 * bare UPDATE's rows wrapped with its row count, a SELECT's as they are.
 */

/**
 * General-admission inventory. A sailing's ga_inventory row is the lock every GA change takes
 * (SELECT … FOR UPDATE), so changes to one sailing queue behind each other for the length of a
 * short transaction; its CHECK (held + sold <= capacity) is the last word on overselling.
 */

export interface Inventory { capacity: number; held: number; sold: number }
export interface TypeInventory { ticketTypeId: string; quota: number | null; held: number; sold: number }

/**
 * Creates the sailing's inventory rows on first use, then locks the sailing's row: every GA
 * change of the sailing queues here until this transaction ends.
 */
export async function lockInventory(runner: Runner, eventId: string, capacity: number, types: Map<string, number | null>): Promise<void> {
  await runner.query('INSERT INTO ga_inventory (event_id, capacity) VALUES ($1, $2) ON CONFLICT (event_id) DO NOTHING', [eventId, capacity]);
  if (types.size > 0) {
    await runner.query(
      `INSERT INTO ga_type_inventory (event_id, ticket_type_id, quota)
       SELECT $1, t.id, t.quota FROM unnest($2::uuid[], $3::int[]) AS t(id, quota)
       ON CONFLICT (event_id, ticket_type_id) DO NOTHING`,
      [eventId, [...types.keys()], [...types.values()]],
    );
  }
  await lockExistingInventory(runner, eventId);
}

/** Locks a sailing's existing inventory row (sales, returns and releases of holds already counted). */
export async function lockExistingInventory(runner: Runner, eventId: string): Promise<void> {
  await runner.query('SELECT 1 FROM ga_inventory WHERE event_id = $1 FOR UPDATE', [eventId]);
}

/** A GA hold's places per ticket type. */
export async function gaHoldItems(runner: Runner, holdId: string): Promise<Map<string, number>> {
  const rows = (await runner.query('SELECT ticket_type_id, quantity FROM ga_hold_item WHERE hold_id = $1', [holdId])) as Array<{
    ticket_type_id: string; quantity: number;
  }>;
  return new Map(rows.map((r) => [r.ticket_type_id, r.quantity]));
}

/** The sailing's counters; read them with the inventory locked. */
export async function readInventory(runner: Runner, eventId: string): Promise<{ inventory: Inventory; types: Map<string, TypeInventory> }> {
  const [inventory] = (await runner.query('SELECT capacity, held, sold FROM ga_inventory WHERE event_id = $1', [eventId])) as Inventory[];
  if (!inventory) throw new Error(`ga_inventory row for ${eventId} is missing`);
  const rows = (await runner.query(
    'SELECT ticket_type_id, quota, held, sold FROM ga_type_inventory WHERE event_id = $1',
    [eventId],
  )) as Array<{ ticket_type_id: string; quota: number | null; held: number; sold: number }>;
  return {
    inventory,
    types: new Map(rows.map((r) => [r.ticket_type_id, { ticketTypeId: r.ticket_type_id, quota: r.quota, held: r.held, sold: r.sold }])),
  };
}

/**
 * Returns the places of the sailing's lapsed GA holds to the inventory (the cleaner does the
 * same for every sailing; doing it here first means a lapsed hold never blocks a new one).
 * Call with the inventory locked.
 */
export async function reclaimExpiredGaHolds(runner: Runner, eventId: string): Promise<boolean> {
  const rows = (await runner.query(
    `WITH expired AS (
       UPDATE hold SET status = 'expired'
        WHERE event_id = $1 AND kind = 'ga' AND status = 'active' AND expires_at <= now()
       RETURNING id
     ), items AS (
       SELECT ticket_type_id, sum(quantity)::int AS quantity FROM ga_hold_item
        WHERE hold_id IN (SELECT id FROM expired) GROUP BY ticket_type_id
     ), per_type AS (
       UPDATE ga_type_inventory t SET held = t.held - i.quantity
         FROM items i WHERE t.event_id = $1 AND t.ticket_type_id = i.ticket_type_id
       RETURNING 1
     )
     , total AS (
       UPDATE ga_inventory SET held = held - (SELECT COALESCE(sum(quantity), 0) FROM items)
        WHERE event_id = $1 AND EXISTS (SELECT 1 FROM items)
       RETURNING held
     )
     SELECT held FROM total`,
    [eventId],
  )) as unknown[];
  return rows.length > 0;
}

export interface ActiveGaHold { id: string; items: Map<string, number> }

/** The session's active GA hold on the sailing, if any. */
export async function findActiveGaHold(runner: Runner, eventId: string, sessionId: string): Promise<ActiveGaHold | null> {
  const rows = (await runner.query(
    `SELECT h.id, i.ticket_type_id, i.quantity FROM hold h LEFT JOIN ga_hold_item i ON i.hold_id = h.id
      WHERE h.event_id = $1 AND h.session_id = $2 AND h.kind = 'ga' AND h.status = 'active'`,
    [eventId, sessionId],
  )) as Array<{ id: string; ticket_type_id: string | null; quantity: number | null }>;
  const first = rows[0];
  if (!first) return null;
  const items = new Map<string, number>();
  rows.forEach((r) => r.ticket_type_id && r.quantity && items.set(r.ticket_type_id, r.quantity));
  return { id: first.id, items };
}

/** Moves `delta` places per ticket type (positive: hold more) and bumps the version. */
export async function adjustHeld(runner: Runner, eventId: string, deltas: Map<string, number>): Promise<number> {
  const total = [...deltas.values()].reduce((sum, d) => sum + d, 0);
  if (deltas.size > 0) {
    await runner.query(
      `UPDATE ga_type_inventory t SET held = t.held + d.delta
         FROM unnest($2::uuid[], $3::int[]) AS d(id, delta)
        WHERE t.event_id = $1 AND t.ticket_type_id = d.id`,
      [eventId, [...deltas.keys()], [...deltas.values()]],
    );
  }
  const [row] = (await runner.query(
    `WITH bumped AS (
       UPDATE ga_inventory SET held = held + $2, version = nextval('seat_change_seq') WHERE event_id = $1 RETURNING version
     ) SELECT version FROM bumped`,
    [eventId, total],
  )) as Array<{ version: string }>;
  return Number(row?.version ?? 0);
}

/** Creates or refreshes the session's GA hold with exactly `items`. */
export async function writeGaHold(
  runner: Runner,
  input: { eventId: string; sessionId: string; existingId: string | null; items: Map<string, number>; ttlSeconds: number },
): Promise<{ id: string; expiresAt: Date }> {
  const [hold] = (input.existingId
    ? await runner.query(
        `WITH extended AS (
           UPDATE hold SET expires_at = now() + make_interval(secs => $2) WHERE id = $1 RETURNING id, expires_at
         ) SELECT id, expires_at FROM extended`,
        [input.existingId, input.ttlSeconds],
      )
    : await runner.query(
        `INSERT INTO hold (event_id, session_id, kind, expires_at)
         VALUES ($1, $2, 'ga', now() + make_interval(secs => $3)) RETURNING id, expires_at`,
        [input.eventId, input.sessionId, input.ttlSeconds],
      )) as Array<{ id: string; expires_at: Date }>;
  if (!hold) throw new Error('GA hold was not written');
  await runner.query('DELETE FROM ga_hold_item WHERE hold_id = $1', [hold.id]);
  const positive = [...input.items].filter(([, quantity]) => quantity > 0);
  if (positive.length > 0) {
    await runner.query(
      `INSERT INTO ga_hold_item (hold_id, ticket_type_id, quantity)
       SELECT $1, t.id, t.quantity FROM unnest($2::uuid[], $3::int[]) AS t(id, quantity)`,
      [hold.id, positive.map(([id]) => id), positive.map(([, quantity]) => quantity)],
    );
  }
  return { id: hold.id, expiresAt: hold.expires_at };
}

export async function closeGaHold(runner: Runner, holdId: string, status: 'released' | 'expired'): Promise<void> {
  await runner.query(`UPDATE hold SET status = $2 WHERE id = $1`, [holdId, status]);
}

export interface GaAvailability {
  capacity: number;
  remaining: number;
  version: number;
  ticketTypes: Array<{ ticketTypeId: string; quota: number | null; remaining: number }>;
}

/**
 * Places still available, counting only holds that have not lapsed — so a read never shows an
 * expired hold as taken, even before the cleaner returns it.
 */
export async function selectGaAvailability(
  runner: Runner,
  eventId: string,
  capacity: number,
  types: Map<string, number | null>,
): Promise<GaAvailability> {
  const [inventory] = (await runner.query(
    `SELECT i.capacity, i.sold, i.version,
            (SELECT COALESCE(sum(x.quantity), 0)::int FROM hold h JOIN ga_hold_item x ON x.hold_id = h.id
              WHERE h.event_id = $1 AND h.kind = 'ga' AND h.status IN ('active', 'ordered') AND h.expires_at > now()) AS live_held
       FROM ga_inventory i WHERE i.event_id = $1`,
    [eventId],
  )) as Array<{ capacity: number; sold: number; version: string; live_held: number }>;
  const perType = (await runner.query(
    `SELECT t.ticket_type_id, t.sold,
            (SELECT COALESCE(sum(x.quantity), 0)::int FROM hold h JOIN ga_hold_item x ON x.hold_id = h.id
              WHERE h.event_id = $1 AND h.kind = 'ga' AND h.status IN ('active', 'ordered') AND h.expires_at > now()
                AND x.ticket_type_id = t.ticket_type_id) AS live_held
       FROM ga_type_inventory t WHERE t.event_id = $1`,
    [eventId],
  )) as Array<{ ticket_type_id: string; sold: number; live_held: number }>;
  const usedByType = new Map(perType.map((t) => [t.ticket_type_id, t.sold + t.live_held]));
  const cap = inventory?.capacity ?? capacity;
  const remaining = Math.max(0, cap - (inventory ? inventory.sold + inventory.live_held : 0));
  return {
    capacity: cap,
    remaining,
    version: Number(inventory?.version ?? 0),
    ticketTypes: [...types].map(([ticketTypeId, quota]) => ({
      ticketTypeId,
      quota,
      remaining: quota === null ? remaining : Math.min(remaining, Math.max(0, quota - (usedByType.get(ticketTypeId) ?? 0))),
    })),
  };
}
