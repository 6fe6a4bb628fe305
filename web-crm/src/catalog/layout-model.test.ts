import { describe, expect, it } from '@jest/globals';
import { addDeck, addRow, addSeat, allSeatCodes, gridSection, layoutProblems, removeDeck, removeRow, removeSeat, toggleFlag, updateSeat } from './layout-model';
import type { SeatLayout } from './types';

const CAT = '00000000-0000-4000-8000-00000000000a';
const VIP = '00000000-0000-4000-8000-00000000000b';
const text = (ru: string) => ({ ru, en: null, zh: null });

function vessel(): SeatLayout {
  return { decks: [{ name: text('Главная'), level: 1, sections: [gridSection({ decks: [] }, 0, text('Салон'), { rows: 2, seatsPerRow: 4, categoryId: CAT, aisleEvery: 2 })] }] };
}

describe('seat layout editing', () => {
  it('lays out a grid with an aisle, numbered seats and unique codes', () => {
    const layout = vessel();
    const row = layout.decks[0]!.sections[0]!.rows[0]!;
    expect(row.seats.map((s) => [s.seatCode, s.number, s.x])).toEqual([
      ['D1-R1-S1', '1', 0], ['D1-R1-S2', '2', 1], ['D1-R1-S3', '3', 3], ['D1-R1-S4', '4', 4],
    ]);
    expect(new Set(allSeatCodes(layout)).size).toBe(8);
  });

  it('adds rows, seats and decks without reusing a code', () => {
    let layout = addRow(vessel(), 0, 0, 4, CAT);
    layout = addSeat(layout, 0, 0, 2, VIP);
    layout = addDeck(layout, text('Верхняя'), { rows: 1, seatsPerRow: 3, categoryId: VIP });
    const rows = layout.decks[0]!.sections[0]!.rows;
    expect(rows[2]!.label).toBe('3');
    expect(rows[2]!.seats.map((s) => s.seatCode)).toEqual(['D1-R3-S1', 'D1-R3-S2', 'D1-R3-S3', 'D1-R3-S4', 'D1-R3-S5']);
    expect(rows[2]!.seats.at(-1)).toMatchObject({ categoryId: VIP, x: 5 });
    expect(layout.decks[1]).toMatchObject({ level: 2, sections: [{ rows: [{ seats: [{ seatCode: 'D2-R1-S1' }, {}, {}] }] }] });
    expect(layoutProblems(layout, []).duplicates).toEqual([]);
  });

  it('never removes a seat that is sold or held, nor a row or deck holding one', () => {
    const taken = new Set(['D1-R1-S2']);
    let layout = vessel();
    layout = removeSeat(layout, { deck: 0, section: 0, row: 0, seat: 1 }, taken);
    layout = removeRow(layout, 0, 0, 0, taken);
    layout = addDeck(layout, text('Верхняя'), { rows: 1, seatsPerRow: 1, categoryId: CAT });
    layout = removeDeck(layout, 0, taken);
    expect(allSeatCodes(layout)).toContain('D1-R1-S2');
    expect(layout.decks).toHaveLength(2);
    // Free seats go; the emptied row with them.
    layout = removeRow(layout, 0, 0, 1, taken);
    expect(layout.decks[0]!.sections[0]!.rows).toHaveLength(1);
  });

  it('sets categories and accessibility flags per seat', () => {
    const path = { deck: 0, section: 0, row: 1, seat: 0 };
    let layout = updateSeat(vessel(), path, { categoryId: VIP });
    layout = toggleFlag(layout, path, 'wheelchair');
    layout = toggleFlag(layout, path, 'companion');
    layout = toggleFlag(layout, path, 'companion');
    expect(layout.decks[0]!.sections[0]!.rows[1]!.seats[0]).toMatchObject({ categoryId: VIP, wheelchair: true, companion: false });
  });

  it('reports repeated codes and taken seats missing from the plan', () => {
    const layout = updateSeat(vessel(), { deck: 0, section: 0, row: 0, seat: 0 }, { seatCode: 'D1-R1-S2' });
    expect(layoutProblems(layout, ['D1-R1-S1', 'D1-R2-S1'])).toEqual({ duplicates: ['D1-R1-S2'], missingTaken: ['D1-R1-S1'] });
  });
});
