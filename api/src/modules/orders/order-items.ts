import type { Queryable } from '../../platform/db/sql-client';
import { OrderErrors } from './orders.errors';
import { heldSeatsAndPlaces, lockSessionHolds, type SessionHold } from '../seating/order-seats';

export interface OrderItem {
  seatCode: string | null;
  ticketTypeId: string;
  seatCategoryId: string | null;
}

/**
 * What a session is about to buy: its open, unexpired holds on the sailing (all of them, or
 * the ones named), locked for this transaction by seating, and one item per held seat or GA
 * place.
 */
export async function collectHeldItems(
  tx: Queryable,
  input: {
    eventId: string;
    sessionId: string;
    holdIds?: string[] | undefined;
    seats?: Array<{ seatCode: string; ticketTypeId: string }> | undefined;
    defaultTicketTypeId: string;
  },
): Promise<{ holds: SessionHold[]; items: OrderItem[] }> {
  const holds = await lockSessionHolds(tx, input);
  if (holds.length === 0 || (input.holdIds && holds.length !== new Set(input.holdIds).size)) {
    throw OrderErrors.holdNotFound(input.holdIds ?? []);
  }
  const holdIds = holds.map((h) => h.id);
  const { seats, places } = await heldSeatsAndPlaces(tx, holdIds);

  const chosenTypes = new Map((input.seats ?? []).map((s) => [s.seatCode, s.ticketTypeId]));
  const heldCodes = new Set(seats.map((s) => s.seatCode));
  const notHeld = [...chosenTypes.keys()].filter((code) => !heldCodes.has(code));
  if (notHeld.length > 0) throw OrderErrors.seatsNotHeld(notHeld);

  const items: OrderItem[] = [
    ...seats.map((s) => ({ seatCode: s.seatCode, ticketTypeId: chosenTypes.get(s.seatCode) ?? input.defaultTicketTypeId, seatCategoryId: s.categoryId })),
    ...places.flatMap((p) => Array.from({ length: p.quantity }, () => ({ seatCode: null, ticketTypeId: p.ticketTypeId, seatCategoryId: null }))),
  ];
  if (items.length === 0) throw OrderErrors.holdNotFound(holdIds);
  return { holds, items };
}
