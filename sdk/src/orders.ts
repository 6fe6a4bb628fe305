/**
 * Typed checkout calls: place an order (one Idempotency-Key per checkout), read it with its
 * access token, start its payment. Each returns the API's body or throws an ApiError.
 *
 * @example
 * const checkout = startCheckout(api);            // one checkout, one key
 * const { order, accessToken } = await checkout.placeOrder(body);
 * await checkout.placeOrder(body);                // a double click: the same order again
 * const { confirmationUrl } = await ordersApi(api).startPayment(order.id, accessToken);
 */
import type { Client } from 'openapi-fetch';
import type { components, paths } from './schema.js';
import { unwrap } from './unwrap.js';

type Schemas = components['schemas'];
export type CheckoutRequest = Schemas['CheckoutRequest'];
export type CheckoutResult = Schemas['CheckoutResult'];
export type Order = Schemas['Order'];
export type PaymentStarted = Schemas['PaymentStarted'];

/** A fresh Idempotency-Key: letters, digits and dashes, as POST /orders accepts. */
export function newIdempotencyKey(): string {
  const random = globalThis.crypto?.randomUUID?.();
  return random ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}-${Math.random().toString(36).slice(2)}`;
}

export function ordersApi(api: Client<paths>) {
  return {
    async createOrder(body: CheckoutRequest, idempotencyKey: string): Promise<CheckoutResult> {
      return unwrap(await api.POST('/orders', { params: { header: { 'idempotency-key': idempotencyKey } }, body }));
    },
    /** The token goes in the query, so a signed-in customer's Authorization header cannot shadow it. */
    async getOrder(orderId: string, accessToken: string, signal?: AbortSignal): Promise<Order> {
      return unwrap(await api.GET('/orders/{id}', { params: { path: { id: orderId }, query: { token: accessToken } }, ...(signal ? { signal } : {}) }));
    },
    async startPayment(orderId: string, accessToken: string): Promise<PaymentStarted> {
      return unwrap(await api.POST('/payments/yookassa/create', { body: { orderId, accessToken } }));
    },
  };
}

export interface Checkout {
  /** The Idempotency-Key every order request of this checkout carries. */
  readonly idempotencyKey: string;
  /**
   * Places the order. Calls while one is in flight share it (one request for a double click);
   * later calls repeat it with the same key, so the API answers with the same order.
   */
  placeOrder(body: CheckoutRequest): Promise<CheckoutResult>;
}

/** One checkout: every order request it makes carries the same Idempotency-Key. */
export function startCheckout(api: Client<paths>, idempotencyKey: string = newIdempotencyKey()): Checkout {
  const orders = ordersApi(api);
  let inFlight: Promise<CheckoutResult> | null = null;
  return {
    idempotencyKey,
    placeOrder(body) {
      inFlight ??= orders.createOrder(body, idempotencyKey).finally(() => {
        inFlight = null;
      });
      return inFlight;
    },
  };
}
