import type { Price, PriceList, TicketType } from './types';

/** The price of a ticket type on a seat of `categoryId` (a category price, else the type's any-seat price). */
export function priceFor(prices: PriceList, ticketTypeId: string, categoryId: string | null): Price | undefined {
  return (
    prices.items.find((p) => p.ticketTypeId === ticketTypeId && p.seatCategoryId === categoryId) ??
    prices.items.find((p) => p.ticketTypeId === ticketTypeId && p.seatCategoryId === null)
  );
}

/** Ticket types that can be bought for a seat of `categoryId` (or a GA place: null), in the catalog's order. */
export function ticketTypesFor(prices: PriceList, ticketTypes: TicketType[], categoryId: string | null): TicketType[] {
  return ticketTypes.filter((type) => priceFor(prices, type.id, categoryId) !== undefined);
}

/** The ticket type a seat gets unless the buyer picks another: the first one sold for it. */
export function defaultTicketType(prices: PriceList, ticketTypes: TicketType[], categoryId: string | null): TicketType | undefined {
  return ticketTypesFor(prices, ticketTypes, categoryId)[0];
}
