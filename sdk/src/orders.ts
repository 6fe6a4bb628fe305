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
export type Refund = Schemas['Refund'];
export type OrderDocument = Schemas['OrderDocument'];

/** `?token=` when the buyer holds the order's access token; nothing when a customer login (Bearer) opens it. */
const tokenQuery = (accessToken?: string | null) => (accessToken ? { token: accessToken } : {});
const withSignal = (signal?: AbortSignal) => (signal ? { signal } : {});

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
    /** An order of the signed-in customer: the client's Bearer token opens it. */
    async getOwnOrder(orderId: string, signal?: AbortSignal): Promise<Order> {
      return unwrap(await api.GET('/orders/{id}', { params: { path: { id: orderId } }, ...withSignal(signal) }));
    },
    /**
     * Refunds chosen tickets (all refundable ones when `tickets` is omitted). One key per refund
     * the buyer confirmed: a repeat after a lost answer returns the same refund.
     */
    async requestRefund(orderId: string, request: { tickets?: string[]; accessToken?: string }, idempotencyKey: string): Promise<Refund> {
      return unwrap(
        await api.POST('/orders/{id}/refunds', { params: { path: { id: orderId }, header: { 'idempotency-key': idempotencyKey } }, body: request }),
      );
    },
    /** The invoice, act and refund acts issued so far (they are issued shortly after payment and each refund). */
    async listDocuments(orderId: string, accessToken?: string | null, signal?: AbortSignal): Promise<OrderDocument[]> {
      const list = unwrap(await api.GET('/orders/{id}/documents', { params: { path: { id: orderId }, query: tokenQuery(accessToken) }, ...withSignal(signal) }));
      return list.items;
    },
    async documentPdf(orderId: string, documentId: string, accessToken?: string | null): Promise<Blob> {
      return unwrap(
        await api.GET('/orders/{id}/documents/{documentId}', {
          params: { path: { id: orderId, documentId }, query: tokenQuery(accessToken) },
          parseAs: 'blob',
        }),
      );
    },
    async ticketPdf(orderId: string, ticketId: string, accessToken?: string | null): Promise<Blob> {
      return unwrap(
        await api.GET('/orders/{id}/tickets/{ticketId}/pdf', { params: { path: { id: orderId, ticketId }, query: tokenQuery(accessToken) }, parseAs: 'blob' }),
      );
    },
    /** The ticket's QR code as SVG markup. */
    async ticketQrSvg(orderId: string, ticketId: string, accessToken?: string | null, signal?: AbortSignal): Promise<string> {
      return unwrap(
        await api.GET('/orders/{id}/tickets/{ticketId}/qr.svg', {
          params: { path: { id: orderId, ticketId }, query: tokenQuery(accessToken) },
          parseAs: 'text',
          ...withSignal(signal),
        }),
      );
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
