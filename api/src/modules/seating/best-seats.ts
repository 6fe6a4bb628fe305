import type { Sailing } from './sailing-directory';

export interface BestSeatsRequest {
  count: number;
  /** Seat category id to stay within. */
  category?: string;
  /** Wheelchair spaces only. */
  accessible?: boolean;
}

interface Candidate {
  seats: string[];
  score: number;
}

/**
 * Picks the best `count` free seats: side by side in one row when possible, on the lowest
 * deck first, as close to the row's centre as possible, and never leaving a lone free seat
 * between the block and a taken seat or the row's end when another block avoids it. When no
 * row has room, falls back to the best seats one by one. Returns null if there are not
 * enough free seats at all.
 */
export function chooseBestSeats(sailing: Sailing, isFree: (seatCode: string) => boolean, request: BestSeatsRequest): string[] | null {
  const rows = new Map<string, Array<{ code: string; x: number; deck: number; free: boolean; eligible: boolean }>>();
  for (const [code, seat] of sailing.seats) {
    const free = isFree(code);
    const eligible = free && (!request.category || seat.category === request.category) && (!request.accessible || seat.wheelchair);
    const row = rows.get(seat.row) ?? [];
    row.push({ code, x: seat.x, deck: seat.deck, free, eligible });
    rows.set(seat.row, row);
  }
  const candidates: Candidate[] = [];
  for (const row of rows.values()) {
    row.sort((a, b) => a.x - b.x);
    const centre = (row[0]!.x + row[row.length - 1]!.x) / 2;
    for (let start = 0; start + request.count <= row.length; start += 1) {
      const block = row.slice(start, start + request.count);
      if (!block.every((seat) => seat.eligible)) continue;
      // Seats must be neighbours (an aisle gap of one position is fine).
      if (block.some((seat, i) => i > 0 && seat.x - block[i - 1]!.x > 2)) continue;
      const leftGap = freeRun(row, start - 1, -1);
      const rightGap = freeRun(row, start + request.count, 1);
      const orphans = (leftGap === 1 ? 1 : 0) + (rightGap === 1 ? 1 : 0);
      const blockCentre = (block[0]!.x + block[block.length - 1]!.x) / 2;
      const deck = block[0]!.deck;
      candidates.push({ seats: block.map((s) => s.code), score: deck * 1_000 + orphans * 100 + Math.abs(blockCentre - centre) });
    }
  }
  candidates.sort((a, b) => a.score - b.score);
  if (candidates[0]) return candidates[0].seats;

  // No row fits the party: the best single seats, lowest deck and most central first.
  const singles: Candidate[] = [];
  for (const row of rows.values()) {
    const centre = (row[0]!.x + row[row.length - 1]!.x) / 2;
    row.filter((s) => s.eligible).forEach((s) => singles.push({ seats: [s.code], score: s.deck * 1_000 + Math.abs(s.x - centre) }));
  }
  if (singles.length < request.count) return null;
  return singles.sort((a, b) => a.score - b.score).slice(0, request.count).flatMap((c) => c.seats);

  function freeRun(row: Array<{ free: boolean }>, from: number, step: 1 | -1): number {
    let length = 0;
    for (let i = from; i >= 0 && i < row.length && row[i]!.free; i += step) length += 1;
    return length;
  }
}
