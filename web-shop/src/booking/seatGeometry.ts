import type { SeatInfo, SeatLayout } from './types';

/** Every seat of the layout, deck by deck, in the layout's order. */
export function seatsOf(layout: SeatLayout): SeatInfo[] {
  return layout.decks.flatMap((deck) =>
    deck.sections.flatMap((section) =>
      section.rows.flatMap((row) =>
        row.seats.map((seat) => ({
          seatCode: seat.seatCode,
          number: seat.number,
          rowLabel: row.label,
          sectionName: section.name,
          deckId: deck.id,
          deckLevel: deck.level,
          deckName: deck.name,
          categoryId: seat.categoryId,
          x: seat.x,
          y: seat.y,
          accessibility: seat.accessibility,
        })),
      ),
    ),
  );
}

export type Direction = 'left' | 'right' | 'up' | 'down';

const SAME_ROW = 0.5;

/**
 * The seat an arrow key moves to from `from` among `seats` (one deck): along the row for
 * left/right, to the nearest row above or below for up/down (the seat closest in x there).
 * Returns `from` at an edge.
 */
export function neighbour(seats: SeatInfo[], from: SeatInfo, direction: Direction): SeatInfo {
  if (direction === 'left' || direction === 'right') {
    const sign = direction === 'right' ? 1 : -1;
    const candidates = seats.filter((s) => Math.abs(s.y - from.y) < SAME_ROW && (s.x - from.x) * sign > 0);
    return candidates.reduce<SeatInfo | null>((best, s) => (!best || (s.x - best.x) * sign < 0 ? s : best), null) ?? from;
  }
  const sign = direction === 'down' ? 1 : -1;
  const beyond = seats.filter((s) => (s.y - from.y) * sign >= SAME_ROW);
  if (beyond.length === 0) return from;
  const rowY = beyond.reduce((nearest, s) => ((s.y - nearest) * sign < 0 ? s.y : nearest), beyond[0]?.y ?? from.y);
  const row = beyond.filter((s) => Math.abs(s.y - rowY) < SAME_ROW);
  return row.reduce((best, s) => {
    const d = Math.abs(s.x - from.x);
    const bestD = Math.abs(best.x - from.x);
    return d < bestD || (d === bestD && s.x < best.x) ? s : best;
  });
}

/** The drawing box of a deck's seats, in seat units, with a margin for row labels. */
export function deckBounds(seats: SeatInfo[]): { minX: number; minY: number; width: number; height: number } {
  if (seats.length === 0) return { minX: 0, minY: 0, width: 1, height: 1 };
  const xs = seats.map((s) => s.x);
  const ys = seats.map((s) => s.y);
  const minX = Math.min(...xs);
  const minY = Math.min(...ys);
  return { minX, minY, width: Math.max(...xs) - minX + 1, height: Math.max(...ys) - minY + 1 };
}
