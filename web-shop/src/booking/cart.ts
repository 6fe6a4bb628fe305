import { isRecord, readJson, removeItem, writeJson } from '../lib/storage';

/**
 * What the buyer chose on a sailing beyond what the API holds for the session: the ticket
 * type of each held seat, and the general-admission hold (the API has no "my GA hold" read).
 * Kept per sailing in localStorage so a reload or the checkout page sees the same.
 */
export interface Cart {
  /** Ticket type id per seat code. */
  seatTypes: Record<string, string>;
  ga: { holdId: string; quantities: Record<string, number>; expiresAt: string } | null;
}

const EMPTY: Cart = { seatTypes: {}, ga: null };
const key = (eventId: string) => `prichal.shop.cart.${eventId}`;

const isStringMap = (value: unknown): value is Record<string, string> => isRecord(value) && Object.values(value).every((v) => typeof v === 'string');
const isCountMap = (value: unknown): value is Record<string, number> =>
  isRecord(value) && Object.values(value).every((v) => typeof v === 'number' && Number.isInteger(v) && v >= 0);

function isCart(value: unknown): value is Cart {
  if (!isRecord(value) || !isStringMap(value.seatTypes)) return false;
  const ga = value.ga;
  return ga === null || (isRecord(ga) && typeof ga.holdId === 'string' && typeof ga.expiresAt === 'string' && isCountMap(ga.quantities));
}

export function loadCart(eventId: string): Cart {
  return readJson('local', key(eventId), isCart) ?? EMPTY;
}

export function saveCart(eventId: string, cart: Cart): void {
  writeJson('local', key(eventId), cart);
}

/** After a purchase (or when its holds are gone) the sailing starts afresh. */
export function clearCart(eventId: string): void {
  removeItem('local', key(eventId));
}

/** The GA hold if it has not lapsed. */
export function liveGaHold(cart: Cart, now = Date.now()): Cart['ga'] {
  return cart.ga && Date.parse(cart.ga.expiresAt) > now ? cart.ga : null;
}
