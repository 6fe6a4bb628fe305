import { describe, expect, it } from '@jest/globals';
import { neighbour, seatsOf } from './seatGeometry';
import type { SeatLayout } from './types';

const access = { wheelchair: false, companion: false, restrictedView: false };
/** Two rows: row 1 has seats at x 0,1,2 then an aisle and x 4; row 2 (y 2, after a section gap) has x 0 and 3. */
const layout: SeatLayout = {
  eventId: 'e',
  vessel: { id: 'v', name: 'V', seatingMode: 'assigned', capacity: 6 },
  categories: [],
  decks: [
    {
      id: 'd1', name: 'Deck', level: 1,
      sections: [
        { id: 's1', name: 'Bow', rows: [{ id: 'r1', label: '1', seats: [0, 1, 2, 4].map((x) => ({ seatCode: `R1-${x}`, number: String(x + 1), categoryId: 'c', x, y: 0, accessibility: access })) }] },
        { id: 's2', name: 'Stern', rows: [{ id: 'r2', label: '2', seats: [0, 3].map((x) => ({ seatCode: `R2-${x}`, number: String(x + 1), categoryId: 'c', x, y: 2, accessibility: access })) }] },
      ],
    },
  ],
};
const seats = seatsOf(layout);
const seat = (code: string) => {
  const found = seats.find((s) => s.seatCode === code);
  if (!found) throw new Error(code);
  return found;
};

describe('seat map keyboard moves', () => {
  it('flattens the layout with row, section and deck of every seat', () => {
    expect(seats).toHaveLength(6);
    expect(seat('R2-3')).toMatchObject({ rowLabel: '2', sectionName: 'Stern', deckLevel: 1, number: '4' });
  });

  it('moves along the row across the aisle, and stays at the ends', () => {
    expect(neighbour(seats, seat('R1-2'), 'right').seatCode).toBe('R1-4');
    expect(neighbour(seats, seat('R1-4'), 'right').seatCode).toBe('R1-4');
    expect(neighbour(seats, seat('R1-1'), 'left').seatCode).toBe('R1-0');
    expect(neighbour(seats, seat('R1-0'), 'left').seatCode).toBe('R1-0');
  });

  it('moves to the nearest row over a section gap, to the seat closest in x', () => {
    expect(neighbour(seats, seat('R1-4'), 'down').seatCode).toBe('R2-3');
    expect(neighbour(seats, seat('R1-1'), 'down').seatCode).toBe('R2-0');
    expect(neighbour(seats, seat('R2-3'), 'up').seatCode).toBe('R1-2');
    expect(neighbour(seats, seat('R2-0'), 'down').seatCode).toBe('R2-0');
  });
});
