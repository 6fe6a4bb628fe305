import type { SeatLayout } from './types';

/**
 * The seat-layout editor's operations on the API's plan (decks → sections → rows → seats), as
 * pure functions: each returns a new plan, so the editor can undo by keeping the old one.
 */
export type Deck = SeatLayout['decks'][number];
export type Section = Deck['sections'][number];
export type Row = Section['rows'][number];
export type Seat = Row['seats'][number];
export type SeatFlag = 'wheelchair' | 'companion' | 'restrictedView';

/** Where a seat is: deck, section, row and seat indexes. */
export interface SeatPath {
  deck: number;
  section: number;
  row: number;
  seat: number;
}

export function allSeatCodes(layout: SeatLayout): string[] {
  return layout.decks.flatMap((d) => d.sections.flatMap((s) => s.rows.flatMap((r) => r.seats.map((seat) => seat.seatCode))));
}

/**
 * Hands out seat codes not yet used on the vessel: `D1-R3-S12`, or with a suffix when that one
 * is taken (codes must stay unique per vessel; renumbering keeps the old code).
 */
export function codeAllocator(layout: SeatLayout): (deck: number, rowLabel: string, number: string) => string {
  const used = new Set(allSeatCodes(layout));
  return (deck, rowLabel, number) => {
    const base = `D${deck + 1}-R${rowLabel}-S${number}`.replace(/[^A-Za-z0-9-]/g, '').slice(0, 28);
    let code = base;
    for (let n = 2; used.has(code); n += 1) code = `${base}-${n}`;
    used.add(code);
    return code;
  };
}

function mapRows(layout: SeatLayout, deck: number, section: number, update: (rows: Row[]) => Row[]): SeatLayout {
  return {
    decks: layout.decks.map((d, di) =>
      di !== deck ? d : { ...d, sections: d.sections.map((s, si) => (si !== section ? s : { ...s, rows: update(s.rows) })) },
    ),
  };
}

export interface GridSpec {
  rows: number;
  seatsPerRow: number;
  categoryId: string;
  /** Leave an aisle after every this many seats (0: none). */
  aisleEvery?: number;
}

/** A section of `rows` × `seatsPerRow` seats, numbered from 1, rows labelled 1…n. */
export function gridSection(layout: SeatLayout, deck: number, name: Section['name'], spec: GridSpec, firstRow = 1): Section {
  const allocate = codeAllocator(layout);
  const rows: Row[] = [];
  for (let r = 0; r < spec.rows; r += 1) {
    const label = String(firstRow + r);
    const seats: Seat[] = [];
    for (let s = 0; s < spec.seatsPerRow; s += 1) {
      const aisles = spec.aisleEvery ? Math.floor(s / spec.aisleEvery) : 0;
      seats.push({ seatCode: allocate(deck, label, String(s + 1)), number: String(s + 1), categoryId: spec.categoryId, x: s + aisles, y: firstRow - 1 + r });
    }
    rows.push({ label, seats });
  }
  return { name, rows };
}

export function addDeck(layout: SeatLayout, name: Deck['name'], spec: GridSpec): SeatLayout {
  const deck = layout.decks.length;
  const level = Math.max(0, ...layout.decks.map((d) => d.level)) + 1;
  const section = gridSection(layout, deck, { ru: 'Салон', en: 'Salon', zh: null }, spec);
  return { decks: [...layout.decks, { name, level, sections: [section] }] };
}

export function addSection(layout: SeatLayout, deck: number, name: Section['name'], spec: GridSpec): SeatLayout {
  const bottom = Math.max(-1, ...layout.decks[deck]!.sections.flatMap((s) => s.rows.flatMap((r) => r.seats.map((seat) => seat.y))));
  const section = gridSection(layout, deck, name, spec, bottom + 3);
  section.rows.forEach((row, i) => {
    row.label = String(i + 1);
  });
  return { decks: layout.decks.map((d, i) => (i === deck ? { ...d, sections: [...d.sections, section] } : d)) };
}

/** A row under the section's last one, as wide as that row (or `seats` wide), same category. */
export function addRow(layout: SeatLayout, deck: number, section: number, seats: number, categoryId: string): SeatLayout {
  const rows = layout.decks[deck]!.sections[section]!.rows;
  const last = rows.at(-1);
  const y = last ? Math.max(...last.seats.map((s) => s.y), 0) + 1 : 0;
  const label = String(rows.length + 1);
  const template = last?.seats.length ? last.seats : Array.from({ length: seats }, (_, i) => ({ x: i, categoryId }));
  const allocate = codeAllocator(layout);
  const newSeats: Seat[] = template.map((model, i) => ({
    seatCode: allocate(deck, label, String(i + 1)),
    number: String(i + 1),
    categoryId: model.categoryId,
    x: model.x,
    y,
  }));
  return mapRows(layout, deck, section, (r) => [...r, { label, seats: newSeats }]);
}

/** One more seat at the row's right end. */
export function addSeat(layout: SeatLayout, deck: number, section: number, row: number, categoryId: string): SeatLayout {
  const target = layout.decks[deck]!.sections[section]!.rows[row]!;
  const x = Math.max(-1, ...target.seats.map((s) => s.x)) + 1;
  const y = target.seats[0]?.y ?? row;
  const number = String(Math.max(0, ...target.seats.map((s) => Number(s.number) || 0)) + 1);
  const seat: Seat = { seatCode: codeAllocator(layout)(deck, target.label, number), number, categoryId, x, y };
  return mapRows(layout, deck, section, (rows) => rows.map((r, i) => (i === row ? { ...r, seats: [...r.seats, seat] } : r)));
}

export function getSeat(layout: SeatLayout, path: SeatPath): Seat | undefined {
  return layout.decks[path.deck]?.sections[path.section]?.rows[path.row]?.seats[path.seat];
}

export function updateSeat(layout: SeatLayout, path: SeatPath, change: Partial<Seat>): SeatLayout {
  return mapRows(layout, path.deck, path.section, (rows) =>
    rows.map((r, ri) => (ri !== path.row ? r : { ...r, seats: r.seats.map((s, si) => (si === path.seat ? { ...s, ...change } : s)) })),
  );
}

export function toggleFlag(layout: SeatLayout, path: SeatPath, flag: SeatFlag): SeatLayout {
  const seat = getSeat(layout, path);
  return seat ? updateSeat(layout, path, { [flag]: !seat[flag] }) : layout;
}

/**
 * Removes a seat unless it is sold or held on an upcoming sailing (the API would refuse the
 * whole layout); an emptied row goes too.
 */
export function removeSeat(layout: SeatLayout, path: SeatPath, taken: ReadonlySet<string>): SeatLayout {
  const seat = getSeat(layout, path);
  if (!seat || taken.has(seat.seatCode)) return layout;
  return mapRows(layout, path.deck, path.section, (rows) =>
    rows.map((r, ri) => (ri !== path.row ? r : { ...r, seats: r.seats.filter((_, si) => si !== path.seat) })).filter((r) => r.seats.length > 0),
  );
}

/** Removes a row, section or deck only when none of its seats is taken. */
export function removeRow(layout: SeatLayout, deck: number, section: number, row: number, taken: ReadonlySet<string>): SeatLayout {
  const target = layout.decks[deck]?.sections[section]?.rows[row];
  if (!target || target.seats.some((s) => taken.has(s.seatCode))) return layout;
  return mapRows(layout, deck, section, (rows) => rows.filter((_, i) => i !== row));
}

export function removeDeck(layout: SeatLayout, deck: number, taken: ReadonlySet<string>): SeatLayout {
  const target = layout.decks[deck];
  if (!target || layout.decks.length === 1) return layout;
  if (target.sections.some((s) => s.rows.some((r) => r.seats.some((seat) => taken.has(seat.seatCode))))) return layout;
  return { decks: layout.decks.filter((_, i) => i !== deck) };
}

/** Problems to fix before saving: repeated seat codes, and taken seats missing from the plan. */
export function layoutProblems(layout: SeatLayout, taken: readonly string[]): { duplicates: string[]; missingTaken: string[] } {
  const codes = allSeatCodes(layout);
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const code of codes) {
    if (seen.has(code)) duplicates.add(code);
    seen.add(code);
  }
  return { duplicates: [...duplicates], missingTaken: taken.filter((code) => !seen.has(code)) };
}
