import { chooseBestSeats } from './best-seats';
import type { Sailing } from './sailing-directory';

/** A sailing with the given rows: deck level and seat count per row, seats 1 apart. */
function sailingOf(rows: Array<{ deck: number; seats: number; wheelchair?: number[]; category?: (seat: number) => string }>): Sailing {
  const seats: Sailing['seats'] = new Map();
  rows.forEach((row, r) => {
    for (let s = 1; s <= row.seats; s += 1) {
      seats.set(`D${row.deck}-R${r + 1}-S${s}`, {
        row: `r${r}`, deck: row.deck, x: s, category: row.category?.(s) ?? 'std', wheelchair: row.wheelchair?.includes(s) ?? false,
      });
    }
  });
  return { id: 'e', status: 'scheduled', startsAt: new Date(), supplier: 'own', externalId: null, seatingMode: 'assigned', capacity: seats.size, seats, ticketTypes: new Map() };
}

describe('chooseBestSeats', () => {
  it('seats a party side by side in the middle of a row on the lowest deck', () => {
    const sailing = sailingOf([{ deck: 2, seats: 10 }, { deck: 1, seats: 10 }]);
    expect(chooseBestSeats(sailing, () => true, { count: 3 })).toEqual(['D1-R2-S4', 'D1-R2-S5', 'D1-R2-S6']);
  });

  it('does not leave a lone free seat between the party and a taken seat when it can avoid it', () => {
    const sailing = sailingOf([{ deck: 1, seats: 6 }]);
    const taken = new Set(['D1-R1-S1']);
    expect(chooseBestSeats(sailing, (code) => !taken.has(code), { count: 3 })).toEqual(['D1-R1-S2', 'D1-R1-S3', 'D1-R1-S4']);
  });

  it('keeps to a category and to wheelchair spaces when asked', () => {
    const sailing = sailingOf([{ deck: 1, seats: 8, wheelchair: [8], category: (s) => (s <= 2 ? 'vip' : 'std') }]);
    expect(chooseBestSeats(sailing, () => true, { count: 2, category: 'vip' })).toEqual(['D1-R1-S1', 'D1-R1-S2']);
    expect(chooseBestSeats(sailing, () => true, { count: 1, accessible: true })).toEqual(['D1-R1-S8']);
  });

  it('falls back to the best single seats when no row has room, and gives up when too few are free', () => {
    const sailing = sailingOf([{ deck: 1, seats: 3 }, { deck: 1, seats: 3 }]);
    const taken = new Set(['D1-R1-S2', 'D1-R2-S2']);
    const chosen = chooseBestSeats(sailing, (code) => !taken.has(code), { count: 3 });
    expect(chosen).toHaveLength(3);
    expect(chosen!.every((code) => !taken.has(code))).toBe(true);
    expect(chooseBestSeats(sailing, (code) => !taken.has(code), { count: 5 })).toBeNull();
  });
});
