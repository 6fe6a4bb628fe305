/**
 * The SQL that moves seats between free, held and sold. Each statement does its whole step in
 * one round trip; the primary key of seat_claim is what makes a double sale impossible, and
 * the ON CONFLICT … WHERE decides takeovers (free, lapsed, or already in the session's open
 * hold — not seats it has taken into an order).
 */

/** A pooled data source or a transaction's query runner: anything that runs SQL. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Runner = { query(sql: string, parameters?: unknown[]): Promise<any> };
export interface VersionedSeat { seatCode: string; version: number }
export interface ClaimResult {
  holdId: string;
  expiresAt: Date;
  claimed: VersionedSeat[];
  extended: VersionedSeat[];
}

const CLAIM_SQL = `
WITH sailing AS (
  SELECT id FROM event WHERE id = $1 AND status = 'scheduled' AND starts_at > now() AND deleted_at IS NULL
), h AS (
  INSERT INTO hold (event_id, session_id, kind, expires_at)
  SELECT id, $2, 'seats', now() + make_interval(secs => $4) FROM sailing
  ON CONFLICT (event_id, session_id, kind) WHERE status = 'active'
  DO UPDATE SET expires_at = EXCLUDED.expires_at
  RETURNING id, expires_at
), claimed AS (
  INSERT INTO seat_claim AS c (event_id, seat_code, state, hold_id, session_id, expires_at, version)
  SELECT $1, code, 'held', h.id, $2, h.expires_at, nextval('seat_change_seq')
    FROM h, unnest($3::text[]) AS code
   ORDER BY code
  ON CONFLICT (event_id, seat_code) DO UPDATE
     SET state = 'held', hold_id = EXCLUDED.hold_id, session_id = EXCLUDED.session_id,
         expires_at = EXCLUDED.expires_at, version = nextval('seat_change_seq'), updated_at = now()
   WHERE c.state = 'free' OR (c.state = 'held' AND (c.expires_at <= now() OR c.hold_id = EXCLUDED.hold_id))
  RETURNING c.seat_code, c.version
), extended AS (
  UPDATE seat_claim c
     SET expires_at = h.expires_at, version = nextval('seat_change_seq'), updated_at = now()
    FROM h
   -- By hold first (its index), whatever the statistics say about the sailing's claims.
   WHERE c.hold_id = (SELECT id FROM h) AND c.event_id = $1 AND c.state = 'held' AND c.expires_at > now()
     AND NOT (c.seat_code = ANY ($3::text[]))
  RETURNING c.seat_code, c.version
)
SELECT h.id AS hold_id, h.expires_at,
       COALESCE((SELECT json_agg(json_build_object('seatCode', seat_code, 'version', version)) FROM claimed), '[]') AS claimed,
       COALESCE((SELECT json_agg(json_build_object('seatCode', seat_code, 'version', version)) FROM extended), '[]') AS extended
  FROM h`;

/**
 * Holds `codes` (sorted, so concurrent multi-seat claims lock rows in one order and cannot
 * deadlock) for the session, and extends the rest of its hold. Returns null when the sailing
 * cannot be booked (cancelled, departed, deleted). The caller commits only if every code was
 * claimed.
 */
export async function claimSeats(
  runner: Runner,
  input: { eventId: string; sessionId: string; codes: string[]; ttlSeconds: number },
): Promise<ClaimResult | null> {
  const rows = (await runner.query(CLAIM_SQL, [input.eventId, input.sessionId, [...input.codes].sort(), input.ttlSeconds])) as Array<{
    hold_id: string; expires_at: Date; claimed: VersionedSeat[]; extended: VersionedSeat[];
  }>;
  const row = rows[0];
  if (!row) return null;
  return { holdId: row.hold_id, expiresAt: row.expires_at, claimed: row.claimed.map(numeric), extended: row.extended.map(numeric) };
}

/** Which of `codes` someone else holds (unexpired) or has bought. */
export async function takenSeats(runner: Runner, eventId: string, sessionId: string, codes: string[]): Promise<string[]> {
  const rows = (await runner.query(
    `SELECT seat_code FROM seat_claim
      WHERE event_id = $1 AND seat_code = ANY ($2::text[])
        AND (state = 'sold' OR (state = 'held' AND expires_at > now() AND session_id <> $3))
      ORDER BY seat_code`,
    [eventId, codes, sessionId],
  )) as Array<{ seat_code: string }>;
  return rows.map((r) => r.seat_code);
}

/** Seats sold or held (unexpired) on the sailing. */
export async function countTakenSeats(runner: Runner, eventId: string): Promise<number> {
  const [row] = (await runner.query(
    `SELECT count(*)::int AS taken FROM seat_claim
      WHERE event_id = $1 AND (state = 'sold' OR (state = 'held' AND expires_at > now()))`,
    [eventId],
  )) as Array<{ taken: number }>;
  return row?.taken ?? 0;
}

/**
 * Frees the session's held seats among `codes` (all of its seats when `codes` is null) and
 * closes holds left empty. Returns the freed seats with their new versions.
 */
export async function releaseSeats(
  runner: Runner,
  input: { eventId: string; sessionId: string; codes: string[] | null; holdId?: string },
): Promise<Array<VersionedSeat & { holdId: string }>> {
  const rows = (await runner.query(
    `WITH target AS (
       SELECT seat_code, hold_id FROM seat_claim
        WHERE event_id = $1 AND session_id = $2 AND state = 'held'
          AND hold_id IN (SELECT id FROM hold WHERE event_id = $1 AND session_id = $2 AND status = 'active')
          AND ($3::text[] IS NULL OR seat_code = ANY ($3::text[]))
          AND ($4::uuid IS NULL OR hold_id = $4::uuid)
        ORDER BY seat_code
          FOR UPDATE
     ), freed AS (
       UPDATE seat_claim c
          SET state = 'free', hold_id = NULL, session_id = NULL, expires_at = NULL,
              version = nextval('seat_change_seq'), updated_at = now()
         FROM target t
        WHERE c.event_id = $1 AND c.seat_code = t.seat_code
       RETURNING c.seat_code, c.version, t.hold_id
     ), closed AS (
       UPDATE hold SET status = 'released'
        WHERE id IN (SELECT hold_id FROM freed) AND status = 'active'
          AND NOT EXISTS (SELECT 1 FROM seat_claim s WHERE s.hold_id = hold.id AND s.state = 'held'
                            AND NOT (s.seat_code IN (SELECT seat_code FROM freed)))
       RETURNING id
     )
     SELECT seat_code, version, hold_id FROM freed ORDER BY seat_code`,
    [input.eventId, input.sessionId, input.codes, input.holdId ?? null],
  )) as Array<{ seat_code: string; version: string; hold_id: string }>;
  return rows.map((r) => ({ seatCode: r.seat_code, version: Number(r.version), holdId: r.hold_id }));
}

export interface ExpiredSeat extends VersionedSeat {
  eventId: string;
  holdId: string;
  sessionId: string;
  supplier: string;
  externalId: string | null;
}

/**
 * Frees up to `limit` expired held seats. SKIP LOCKED lets several cleaners (one per API
 * process) share the work without waiting on each other or on live lock requests.
 */
export async function expireSeats(runner: Runner, limit: number): Promise<ExpiredSeat[]> {
  const rows = (await runner.query(
    `WITH target AS (
       SELECT event_id, seat_code, hold_id, session_id FROM seat_claim
        WHERE state = 'held' AND expires_at <= now()
        ORDER BY expires_at
        LIMIT $1
          FOR UPDATE SKIP LOCKED
     ), freed AS (
       UPDATE seat_claim c
          SET state = 'free', hold_id = NULL, session_id = NULL, expires_at = NULL,
              version = nextval('seat_change_seq'), updated_at = now()
         FROM target t
        WHERE c.event_id = t.event_id AND c.seat_code = t.seat_code
       RETURNING c.event_id, c.seat_code, c.version, t.hold_id, t.session_id
     )
     SELECT f.event_id, f.seat_code, f.version, f.hold_id, f.session_id, e.supplier, e.external_id
       FROM freed f JOIN event e ON e.id = f.event_id`,
    [limit],
  )) as Array<{
    event_id: string; seat_code: string; version: string; hold_id: string; session_id: string; supplier: string; external_id: string | null;
  }>;
  return rows.map((r) => ({
    eventId: r.event_id, seatCode: r.seat_code, version: Number(r.version), holdId: r.hold_id, sessionId: r.session_id,
    supplier: r.supplier, externalId: r.external_id,
  }));
}

/** Marks seat holds whose seats have all lapsed or gone as expired. */
export async function closeExpiredSeatHolds(runner: Runner): Promise<void> {
  await runner.query(
    `UPDATE hold SET status = 'expired'
      WHERE kind = 'seats' AND status = 'active' AND expires_at <= now()
        AND NOT EXISTS (SELECT 1 FROM seat_claim s WHERE s.hold_id = hold.id AND s.state = 'held' AND s.expires_at > now())`,
  );
}

export interface ClaimRow {
  seatCode: string;
  state: 'free' | 'held' | 'sold';
  sessionId: string | null;
  expiresAt: Date | null;
  version: number;
}

/** Every touched seat of the sailing with its state and version. */
export async function selectClaims(runner: Runner, eventId: string): Promise<ClaimRow[]> {
  const rows = (await runner.query(
    'SELECT seat_code, state, session_id, expires_at, version FROM seat_claim WHERE event_id = $1',
    [eventId],
  )) as Array<{ seat_code: string; state: ClaimRow['state']; session_id: string | null; expires_at: Date | null; version: string }>;
  return rows.map((r) => ({ seatCode: r.seat_code, state: r.state, sessionId: r.session_id, expiresAt: r.expires_at, version: Number(r.version) }));
}

/** The newest version handed out so far: a snapshot taken after reading it includes every change up to it. */
export async function currentVersion(runner: Runner): Promise<number> {
  const [row] = (await runner.query('SELECT CASE WHEN is_called THEN last_value ELSE 0 END AS v FROM seat_change_seq')) as Array<{ v: string }>;
  return Number(row?.v ?? 0);
}

function numeric(seat: VersionedSeat): VersionedSeat {
  return { seatCode: seat.seatCode, version: Number(seat.version) };
}
