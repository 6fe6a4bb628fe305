import { serveYooKassaEmulator, type ServedYooKassaEmulator } from '../../emulators/yookassa/serve-emulator';
import { paymentRequest, TEST_SECRET_KEY, TEST_SHOP_ID } from '../../emulators/yookassa/emulator-test-kit';
import { YooKassaClient, YooKassaError, type YooKassaClientOptions } from './yookassa.client';
import { fromAmount, toAmount } from './yookassa.types';

describe('toAmount / fromAmount', () => {
  it.each([
    [0, '0.00'],
    [1, '0.01'],
    [10, '0.10'],
    [100, '1.00'],
    [60_000, '600.00'],
    [123_456, '1234.56'],
    [Number.MAX_SAFE_INTEGER, '90071992547409.91'],
  ])('%i kopecks is "%s" and back', (kopecks, value) => {
    expect(toAmount(kopecks)).toEqual({ value, currency: 'RUB' });
    expect(fromAmount({ value, currency: 'RUB' })).toBe(kopecks);
  });

  it('is exact where floats are not (0.1 + 0.2, 1.005)', () => {
    expect(fromAmount({ value: '0.30', currency: 'RUB' })).toBe(30);
    expect(fromAmount({ value: '1.01', currency: 'RUB' })).toBe(101);
    expect(fromAmount({ value: '1234567.89', currency: 'RUB' })).toBe(123_456_789);
  });

  it.each([1.5, -1, Number.NaN, Number.MAX_SAFE_INTEGER + 1])('refuses %p kopecks', (kopecks) => {
    expect(() => toAmount(kopecks)).toThrow(RangeError);
  });

  it.each(['600', '600.5', '600.000', '-1.00', '1e3', ' 1.00', '1,00', ''])('refuses the value "%s"', (value) => {
    expect(() => fromAmount({ value, currency: 'RUB' })).toThrow(RangeError);
  });

  it('refuses other currencies', () => {
    expect(() => fromAmount({ value: '1.00', currency: 'USD' as 'RUB' })).toThrow(RangeError);
  });
});

describe('YooKassaClient against the emulator', () => {
  let served: ServedYooKassaEmulator;
  /** Every request the client sent: method, path and idempotence key. */
  let sent: Array<{ method: string; path: string; key: string | null }>;

  const recordingFetch: typeof fetch = (input, init) => {
    const headers = new Headers(init?.headers);
    sent.push({ method: init?.method ?? 'GET', path: new URL(String(input)).pathname, key: headers.get('idempotence-key') });
    return fetch(input, init);
  };

  function clientFor(overrides: Partial<YooKassaClientOptions> = {}): YooKassaClient {
    return new YooKassaClient({
      baseUrl: served.emulator.apiBaseUrl,
      shopId: TEST_SHOP_ID,
      secretKey: TEST_SECRET_KEY,
      fetch: recordingFetch,
      retry: { attempts: 4, baseDelayMs: 1, maxDelayMs: 5 },
      ...overrides,
    });
  }

  beforeEach(async () => {
    sent = [];
    served = await serveYooKassaEmulator({ shopId: TEST_SHOP_ID, secretKey: TEST_SECRET_KEY });
  });
  afterEach(() => served.close());

  it('creates and reads a payment with Basic auth and the idempotence key', async () => {
    const client = clientFor({ baseUrl: served.emulator.apiBaseUrl.replace(/\/$/, '') });
    const payment = await client.createPayment(paymentRequest(), 'order-o-1');
    expect(payment).toMatchObject({ status: 'pending', paid: false, amount: { value: '1200.00', currency: 'RUB' }, metadata: { orderId: 'o-1' } });
    expect(payment.confirmation?.confirmation_url).toBe(`${served.url}/yookassa/checkout/${payment.id}`);
    expect(await client.getPayment(payment.id)).toEqual(payment);
    expect(sent).toEqual([
      { method: 'POST', path: '/yookassa/v3/payments', key: 'order-o-1' },
      { method: 'GET', path: `/yookassa/v3/payments/${payment.id}`, key: null },
    ]);
  });

  it.each([500, 429] as const)('retries %i with the same key and creates one payment', async (status) => {
    served.emulator.failNext(2, status);
    const retries: number[] = [];
    const client = clientFor({ onRetry: (info) => retries.push(info.error.status ?? 0) });
    const payment = await client.createPayment(paymentRequest(), 'order-o-1');
    expect(sent.map((s) => s.key)).toEqual(['order-o-1', 'order-o-1', 'order-o-1']);
    expect(retries).toEqual([status, status]);
    expect(served.emulator.payments.size).toBe(1);
    expect(served.emulator.payments.has(payment.id)).toBe(true);
  });

  it('retries a GET on 500', async () => {
    const client = clientFor();
    const payment = await client.createPayment(paymentRequest(), 'order-o-1');
    served.emulator.failNext(1, 500);
    expect((await client.getPayment(payment.id)).id).toBe(payment.id);
    expect(sent.filter((s) => s.method === 'GET')).toHaveLength(2);
  });

  it('gives up after the configured attempts with a retryable error', async () => {
    served.emulator.failNext(10, 500);
    const error = await clientFor({ retry: { attempts: 3, baseDelayMs: 1 } })
      .createPayment(paymentRequest(), 'order-o-1')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(YooKassaError);
    expect(error).toMatchObject({ status: 500, code: 'internal_server_error', retryable: true, requestId: expect.any(String) });
    expect(sent).toHaveLength(3);
  });

  it('does not retry a 400 and reports the parameter', async () => {
    const request = paymentRequest();
    const [first, ...others] = request.receipt.items;
    if (!first) throw new Error('fixture has items');
    const bad = { ...request, receipt: { ...request.receipt, items: [{ ...first, vat_code: 13 as 1 }, ...others] } };
    const error = await clientFor().createPayment(bad, 'order-o-1').catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 400, code: 'invalid_request', parameter: 'receipt.items[0].vat_code', retryable: false });
    expect((error as Error).message).toContain('receipt.items[0].vat_code');
    expect(sent).toHaveLength(1);
  });

  it('reports bad credentials and unknown objects without retrying', async () => {
    const wrong = await clientFor({ secretKey: 'wrong' }).getPayment('x').catch((e: unknown) => e);
    expect(wrong).toMatchObject({ status: 401, code: 'invalid_credentials', retryable: false });
    const missing = await clientFor().getRefund('nope').catch((e: unknown) => e);
    expect(missing).toMatchObject({ status: 404, code: 'not_found', retryable: false });
    expect(sent).toHaveLength(2);
  });

  it('creates and reads a refund', async () => {
    const client = clientFor();
    const payment = await client.createPayment(paymentRequest(), 'order-o-1');
    await served.emulator.pay(payment.id);
    const refund = await client.createRefund({ payment_id: payment.id, amount: toAmount(120_000) }, 'refund-o-1');
    expect(refund).toMatchObject({ payment_id: payment.id, status: 'succeeded', amount: { value: '1200.00', currency: 'RUB' } });
    expect(await client.getRefund(refund.id)).toEqual(refund);
  });

  it('refuses a POST without an idempotence key before sending anything', async () => {
    await expect(clientFor().createPayment(paymentRequest(), '')).rejects.toThrow(TypeError);
    await expect(clientFor().createPayment(paymentRequest(), 'k'.repeat(65))).rejects.toThrow(TypeError);
    expect(sent).toHaveLength(0);
  });
});

describe('YooKassaClient transport failures', () => {
  const options = { shopId: 's', secretKey: 'k', retry: { attempts: 3, baseDelayMs: 1 } };

  it('retries network errors and then reports network_error', async () => {
    let calls = 0;
    const failing: typeof fetch = () => {
      calls += 1;
      return Promise.reject(new TypeError('fetch failed'));
    };
    const error = await new YooKassaClient({ ...options, baseUrl: 'http://127.0.0.1:9/v3/', fetch: failing })
      .getPayment('x')
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ status: null, code: 'network_error', retryable: true });
    expect(calls).toBe(3);
  });

  it('times each attempt out and reports timeout', async () => {
    let calls = 0;
    const hanging: typeof fetch = (_input, init) => {
      calls += 1;
      return new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)));
    };
    const error = await new YooKassaClient({ ...options, baseUrl: 'http://emulator.test/v3/', fetch: hanging, timeoutMs: 20 })
      .createPayment(paymentRequest(), 'order-o-1')
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ status: null, code: 'timeout', retryable: true });
    expect(calls).toBe(3);
  });

  it('keeps the status of an error page that is not JSON', async () => {
    const proxy: typeof fetch = () => Promise.resolve(new Response('<html>Bad gateway</html>', { status: 502 }));
    const error = await new YooKassaClient({ ...options, baseUrl: 'http://emulator.test/v3/', fetch: proxy }).getPayment('x').catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 502, code: 'unexpected_response', retryable: true });
  });
});
