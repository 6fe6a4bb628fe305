import type { Queryable } from '../../../platform/db/sql-client';
import type { FieldProblem } from '../../../platform/errors/app-error';
import type { LocalizedText } from '../../../platform/http/locale';

export interface SeatInput {
  seatCode: string;
  number: string;
  categoryId: string;
  x: number;
  y: number;
  wheelchair?: boolean | undefined;
  companion?: boolean | undefined;
  restrictedView?: boolean | undefined;
}
export interface LayoutInput {
  decks: Array<{ name: LocalizedText; level: number; sections: Array<{ name: LocalizedText; rows: Array<{ label: string; seats: SeatInput[] }> }> }>;
}

/** A seat as the audit trail compares it. */
type SeatSpec = Required<Omit<SeatInput, 'seatCode'>> & { row: string };

/** Every seat of a layout by its code. */
export function seatsOf(layout: LayoutInput): Map<string, SeatSpec> {
  const seats = new Map<string, SeatSpec>();
  for (const deck of layout.decks) {
    for (const section of deck.sections) {
      for (const row of section.rows) {
        for (const seat of row.seats) {
          seats.set(seat.seatCode, {
            number: seat.number, categoryId: seat.categoryId, x: seat.x, y: seat.y, row: `${deck.level}/${section.name.ru}/${row.label}`,
            wheelchair: seat.wheelchair ?? false, companion: seat.companion ?? false, restrictedView: seat.restrictedView ?? false,
          });
        }
      }
    }
  }
  return seats;
}

/** What a layout edit does: the seats removed, added and changed, with their values before and after. */
export function layoutDiff(before: Map<string, SeatSpec>, after: Map<string, SeatSpec>) {
  const removed = [...before.keys()].filter((code) => !after.has(code));
  const added = [...after.keys()].filter((code) => !before.has(code));
  const changed = [...after.keys()].filter((code) => before.has(code) && JSON.stringify(before.get(code)) !== JSON.stringify(after.get(code)));
  const pick = (seats: Map<string, SeatSpec>, codes: string[]) => Object.fromEntries(codes.slice(0, 500).map((code) => [code, seats.get(code)]));
  return {
    removed,
    audit: {
      before: { seatCount: before.size, seats: pick(before, [...removed, ...changed]) },
      after: { seatCount: after.size, seats: pick(after, [...added, ...changed]) },
    },
  };
}

/** Problems a layout has on its own: duplicate deck levels, row labels or seat codes, unknown categories. */
export async function layoutProblems(tx: Queryable, layout: LayoutInput): Promise<FieldProblem[]> {
  const problems: FieldProblem[] = [];
  const levels = new Set<number>();
  const codes = new Set<string>();
  const categoryIds = new Set<string>();
  layout.decks.forEach((deck, d) => {
    if (levels.has(deck.level)) problems.push({ path: `body.decks.${d}.level`, message: 'another deck has this level' });
    levels.add(deck.level);
    deck.sections.forEach((section, s) => {
      const labels = new Set<string>();
      section.rows.forEach((row, r) => {
        const at = `body.decks.${d}.sections.${s}.rows.${r}`;
        if (labels.has(row.label)) problems.push({ path: `${at}.label`, message: 'another row of this section has this label' });
        labels.add(row.label);
        row.seats.forEach((seat, i) => {
          if (codes.has(seat.seatCode)) problems.push({ path: `${at}.seats.${i}.seatCode`, message: `${seat.seatCode} is used twice` });
          codes.add(seat.seatCode);
          categoryIds.add(seat.categoryId);
        });
      });
    });
  });
  if (codes.size === 0) problems.push({ path: 'body.decks', message: 'a seated vessel needs at least one seat' });
  const known = (await tx.query('SELECT id FROM seat_category WHERE id = ANY ($1::uuid[])', [[...categoryIds]])) as Array<{ id: string }>;
  const knownIds = new Set(known.map((c) => c.id));
  for (const id of categoryIds) if (!knownIds.has(id)) problems.push({ path: 'body.decks', message: `seat category ${id} does not exist` });
  return problems;
}

/** Replaces a vessel's whole layout (decks → sections → rows → seats) inside `tx`. */
export async function writeLayout(tx: Queryable, vesselId: string, layout: LayoutInput): Promise<void> {
  await tx.query('DELETE FROM deck WHERE vessel_id = $1', [vesselId]);
  for (const [d, deck] of layout.decks.entries()) {
    const [deckRow] = (await tx.query('INSERT INTO deck (vessel_id, name, level, sort_order) VALUES ($1, $2, $3, $4) RETURNING id', [vesselId, deck.name, deck.level, d])) as Array<{ id: string }>;
    for (const [s, section] of deck.sections.entries()) {
      const [sectionRow] = (await tx.query('INSERT INTO deck_section (deck_id, name, sort_order) VALUES ($1, $2, $3) RETURNING id', [deckRow!.id, section.name, s])) as Array<{ id: string }>;
      for (const [r, row] of section.rows.entries()) {
        const [rowRow] = (await tx.query('INSERT INTO seat_row (section_id, label, sort_order) VALUES ($1, $2, $3) RETURNING id', [sectionRow!.id, row.label, r])) as Array<{ id: string }>;
        if (row.seats.length === 0) continue;
        await tx.query(
          `INSERT INTO seat (vessel_id, row_id, seat_code, number, category_id, pos_x, pos_y, wheelchair, companion, restricted_view)
           SELECT $1::uuid, $2::uuid, * FROM unnest($3::text[], $4::text[], $5::uuid[], $6::numeric[], $7::numeric[], $8::bool[], $9::bool[], $10::bool[])`,
          [
            vesselId, rowRow!.id, row.seats.map((x) => x.seatCode), row.seats.map((x) => x.number), row.seats.map((x) => x.categoryId),
            row.seats.map((x) => x.x), row.seats.map((x) => x.y), row.seats.map((x) => x.wheelchair ?? false),
            row.seats.map((x) => x.companion ?? false), row.seats.map((x) => x.restrictedView ?? false),
          ],
        );
      }
    }
  }
}

/** A vessel's current layout, in the shape the CRM edits. */
export async function readLayout(tx: Queryable, vesselId: string): Promise<LayoutInput> {
  const rows = (await tx.query(
    `SELECT d.id AS deck_id, d.name AS deck_name, d.level, ds.id AS section_id, ds.name AS section_name, r.id AS row_id, r.label,
            s.seat_code, s.number, s.category_id, s.pos_x, s.pos_y, s.wheelchair, s.companion, s.restricted_view
       FROM deck d LEFT JOIN deck_section ds ON ds.deck_id = d.id LEFT JOIN seat_row r ON r.section_id = ds.id LEFT JOIN seat s ON s.row_id = r.id
      WHERE d.vessel_id = $1
      ORDER BY d.sort_order, d.level, ds.sort_order, r.sort_order, s.pos_y, s.pos_x, s.seat_code`,
    [vesselId],
  )) as Array<{
    deck_id: string; deck_name: LocalizedText; level: number; section_id: string | null; section_name: LocalizedText | null; row_id: string | null; label: string | null;
    seat_code: string | null; number: string | null; category_id: string | null; pos_x: string | null; pos_y: string | null;
    wheelchair: boolean | null; companion: boolean | null; restricted_view: boolean | null;
  }>;
  const decks: LayoutInput['decks'] = [];
  const ids = { deck: '', section: '', row: '' };
  for (const r of rows) {
    if (r.deck_id !== ids.deck) {
      decks.push({ name: r.deck_name, level: r.level, sections: [] });
      ids.deck = r.deck_id;
    }
    const deck = decks.at(-1)!;
    if (!r.section_id) continue;
    if (r.section_id !== ids.section) {
      deck.sections.push({ name: r.section_name!, rows: [] });
      ids.section = r.section_id;
    }
    const section = deck.sections.at(-1)!;
    if (!r.row_id) continue;
    if (r.row_id !== ids.row) {
      section.rows.push({ label: r.label!, seats: [] });
      ids.row = r.row_id;
    }
    if (!r.seat_code) continue;
    section.rows.at(-1)!.seats.push({
      seatCode: r.seat_code, number: r.number!, categoryId: r.category_id!, x: Number(r.pos_x), y: Number(r.pos_y),
      wheelchair: Boolean(r.wheelchair), companion: Boolean(r.companion), restrictedView: Boolean(r.restricted_view),
    });
  }
  return { decks };
}

/** Seats sold, or held (in a cart or an unpaid order), on sailings of the vessel that have not ended. */
export async function takenSeats(tx: Queryable, vesselId: string): Promise<string[]> {
  const rows = (await tx.query(
    `SELECT c.seat_code FROM seat_claim c JOIN event e ON e.id = c.event_id
      WHERE e.vessel_id = $1 AND e.deleted_at IS NULL AND e.ends_at > now()
        AND (c.state = 'sold' OR (c.state = 'held' AND c.expires_at > now()))
     UNION
     SELECT t.seat_code FROM ticket t JOIN event e ON e.id = t.event_id
      WHERE e.vessel_id = $1 AND e.ends_at > now() AND t.status = 'valid' AND t.seat_code IS NOT NULL
     ORDER BY 1`,
    [vesselId],
  )) as Array<{ seat_code: string }>;
  return rows.map((r) => r.seat_code);
}
