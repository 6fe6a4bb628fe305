import type { LocalizedText } from '../../../platform/http/locale';
import type { DeckSpec, SeatSpec } from '../catalog.writer';

export interface GridSection {
  name: LocalizedText;
  rows: number;
  seatsPerRow: number;
  /** Seat category of a seat, given its 1-based row (within the deck) and seat number. */
  categoryOf: (row: number, seat: number, seatsPerRow: number) => string;
  /** Accessibility flags of a seat, if any. */
  accessibilityOf?: (row: number, seat: number) => Pick<SeatSpec, 'wheelchair' | 'companion' | 'restrictedView'>;
}

/**
 * A deck of straight rows, numbered through the whole deck, with an aisle gap between
 * sections. Seat codes read `D<deck>-R<row>-S<seat>`, so they are unique on the vessel.
 */
export function gridDeck(level: number, name: LocalizedText, sections: GridSection[]): DeckSpec {
  let rowNumber = 0;
  let y = 0;
  return {
    name,
    level,
    sections: sections.map((section) => {
      const rows = Array.from({ length: section.rows }, () => {
        rowNumber += 1;
        const row = rowNumber;
        const seats = Array.from({ length: section.seatsPerRow }, (_, index): SeatSpec => {
          const seat = index + 1;
          // An aisle after the middle seat of wide rows.
          const aisle = section.seatsPerRow >= 8 && seat > section.seatsPerRow / 2 ? 1 : 0;
          return {
            seatCode: `D${level}-R${row}-S${seat}`,
            number: String(seat),
            categoryId: section.categoryOf(row, seat, section.seatsPerRow),
            x: index + aisle,
            y,
            ...(section.accessibilityOf?.(row, seat) ?? {}),
          };
        });
        y += 1;
        return { label: String(row), seats };
      });
      y += 1;
      return { name: section.name, rows };
    }),
  };
}
