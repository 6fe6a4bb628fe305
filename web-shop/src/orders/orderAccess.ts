import { newIdempotencyKey } from '@prichal/sdk';
import { isRecord, readJson, removeItem, writeJson } from '../lib/storage';

/**
 * What the browser keeps about its orders: the access token that opens each one (the payment
 * return URL carries only the order id) and, per sailing, the checkout in progress — its
 * Idempotency-Key and the order it made — so a reload or a double click never makes a second
 * order. Customer accounts will add a signed-in way to reach orders; this one needs none.
 */
interface OrderAccess {
  token: string;
  eventId: string;
}

const ORDERS_KEY = 'prichal.shop.orders';
const MAX_ORDERS = 30;
const checkoutKey = (eventId: string) => `prichal.shop.checkout.${eventId}`;

function isAccessMap(value: unknown): value is Record<string, OrderAccess> {
  return isRecord(value) && Object.values(value).every((v) => isRecord(v) && typeof v.token === 'string' && typeof v.eventId === 'string');
}

export function rememberOrder(orderId: string, access: OrderAccess): void {
  const all = readJson('local', ORDERS_KEY, isAccessMap) ?? {};
  delete all[orderId];
  const entries = [...Object.entries(all), [orderId, access] as const].slice(-MAX_ORDERS);
  writeJson('local', ORDERS_KEY, Object.fromEntries(entries));
}

export function orderAccess(orderId: string): OrderAccess | null {
  return (readJson('local', ORDERS_KEY, isAccessMap) ?? {})[orderId] ?? null;
}

/** A checkout in progress on one sailing. */
export interface CheckoutState {
  idempotencyKey: string;
  orderId: string | null;
}

function isCheckoutState(value: unknown): value is CheckoutState {
  return isRecord(value) && typeof value.idempotencyKey === 'string' && (value.orderId === null || typeof value.orderId === 'string');
}

/** The sailing's checkout in progress, or a new one with a fresh key. */
export function currentCheckout(eventId: string): CheckoutState {
  const stored = readJson('session', checkoutKey(eventId), isCheckoutState);
  if (stored) return stored;
  const fresh: CheckoutState = { idempotencyKey: newIdempotencyKey(), orderId: null };
  writeJson('session', checkoutKey(eventId), fresh);
  return fresh;
}

export function recordCheckoutOrder(eventId: string, orderId: string): void {
  const current = currentCheckout(eventId);
  writeJson('session', checkoutKey(eventId), { ...current, orderId } satisfies CheckoutState);
}

/** The checkout ended (paid, cancelled, expired): the next one gets a new key. */
export function finishCheckout(eventId: string): void {
  removeItem('session', checkoutKey(eventId));
}
