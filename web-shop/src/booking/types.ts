import type { Schemas, SeatStatus } from '@prichal/sdk';

export type SeatLayout = Schemas['SeatLayout'];
export type PriceList = Schemas['PriceList'];
export type Price = Schemas['Price'];
export type TicketType = Schemas['TicketType'];
export type { SeatStatus };

/** One seat with where it is, flattened out of decks → sections → rows. */
export interface SeatInfo {
  seatCode: string;
  number: string;
  rowLabel: string;
  sectionName: string;
  deckId: string;
  deckLevel: number;
  deckName: string;
  categoryId: string;
  x: number;
  y: number;
  accessibility: { wheelchair: boolean; companion: boolean; restrictedView: boolean };
}
