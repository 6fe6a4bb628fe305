import { createApiClient } from './index.js';
import { startCheckout } from './orders.js';
import type { CheckoutRequest } from './orders.js';

const body: CheckoutRequest = {
  sessionId: 'session-0001',
  eventId: '0b5c5c0e-3a4f-4c59-9d0e-6f5a1d2f8f11',
  customer: { fullName: 'Иванова Мария', email: 'maria@example.ru', phone: '8 921 123-45-67' },
  locale: 'ru',
};

/** A fetch that records requests and answers like POST /orders after `delayMs`. */
function recordingFetch(delayMs = 0) {
  const requests: Request[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    requests.push(request);
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    return new Response(JSON.stringify({ order: { id: 'o-1' }, accessToken: 'token' }), { status: 201, headers: { 'content-type': 'application/json' } });
  };
  return { fetch: fetch as typeof globalThis.fetch, requests };
}

describe('startCheckout', () => {
  it('sends one request for a double click', async () => {
    const { fetch, requests } = recordingFetch(20);
    const checkout = startCheckout(createApiClient({ baseUrl: 'http://shop.test', fetch }));
    const [first, second] = await Promise.all([checkout.placeOrder(body), checkout.placeOrder(body)]);
    expect(requests).toHaveLength(1);
    expect(second).toBe(first);
  });

  it('repeats a later request with the same Idempotency-Key, and a new checkout gets a new one', async () => {
    const { fetch, requests } = recordingFetch();
    const api = createApiClient({ baseUrl: 'http://shop.test', fetch });
    const checkout = startCheckout(api);
    await checkout.placeOrder(body);
    await checkout.placeOrder(body);
    await startCheckout(api).placeOrder(body);
    const keys = requests.map((r) => r.headers.get('idempotency-key'));
    expect(keys[0]).toMatch(/^[A-Za-z0-9_.:-]{8,128}$/);
    expect(keys[1]).toBe(keys[0]);
    expect(keys[2]).not.toBe(keys[0]);
    expect(requests[0]?.url).toBe('http://shop.test/api/v1/orders');
  });

  it('keeps a key handed to it (a checkout resumed after a reload)', async () => {
    const { fetch, requests } = recordingFetch();
    await startCheckout(createApiClient({ baseUrl: 'http://shop.test', fetch }), 'kept-key-123').placeOrder(body);
    expect(requests[0]?.headers.get('idempotency-key')).toBe('kept-key-123');
  });
});
