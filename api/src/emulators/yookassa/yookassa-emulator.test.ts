import { serveYooKassaEmulator, type ServedYooKassaEmulator } from './serve-emulator';
import { eventually, paymentRequest, startWebhookReceiver, TEST_SECRET_KEY, TEST_SHOP_ID, type WebhookReceiver } from './emulator-test-kit';

let served: ServedYooKassaEmulator;
let receiver: WebhookReceiver;
let clock: Date;
const receiverStatuses: number[] = [];

beforeEach(async () => {
  clock = new Date('2026-06-12T09:00:00.000Z');
  receiverStatuses.length = 0;
  receiver = await startWebhookReceiver(receiverStatuses);
  served = await serveYooKassaEmulator({
    shopId: TEST_SHOP_ID,
    secretKey: TEST_SECRET_KEY,
    webhookUrl: receiver.url,
    webhookRetryMs: 20,
    now: () => clock,
  });
});

afterEach(async () => {
  await served.close();
  await receiver.close();
});

function basicAuth(secretKey = TEST_SECRET_KEY): string {
  return `Basic ${Buffer.from(`${TEST_SHOP_ID}:${secretKey}`).toString('base64')}`;
}

async function api(method: 'GET' | 'POST', path: string, options: { body?: unknown; key?: string; authorization?: string | null } = {}) {
  const headers: Record<string, string> = {};
  if (options.authorization !== null) headers.authorization = options.authorization ?? basicAuth();
  if (options.key) headers['idempotence-key'] = options.key;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(new URL(path, served.emulator.apiBaseUrl), {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  return { status: response.status, body: (await response.json()) as any };
}

async function createPayment(key = 'order-o-1', body: unknown = paymentRequest()) {
  const { status, body: payment } = await api('POST', 'payments', { body, key });
  expect(status).toBe(200);
  return payment as { id: string; confirmation: { confirmation_url: string } };
}

const errorBody = (code: string, parameter?: string) => ({
  type: 'error',
  id: expect.any(String),
  code,
  description: expect.any(String),
  ...(parameter ? { parameter } : {}),
});

describe('POST /payments', () => {
  it('creates a pending payment with the documented shape', async () => {
    const { status, body } = await api('POST', 'payments', { body: paymentRequest(), key: 'order-o-1' });
    expect(status).toBe(200);
    expect(body).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      status: 'pending',
      amount: { value: '1200.00', currency: 'RUB' },
      description: 'Заказ o-1: Нева и каналы, 12 июня 19:00',
      recipient: { account_id: TEST_SHOP_ID, gateway_id: expect.any(String) },
      created_at: '2026-06-12T09:00:00.000Z',
      expires_at: '2026-06-12T10:00:00.000Z',
      confirmation: {
        type: 'redirect',
        return_url: 'http://shop.test/orders/o-1/return',
        confirmation_url: `${served.url}/yookassa/checkout/${body.id}`,
      },
      test: true,
      paid: false,
      refundable: false,
      metadata: { orderId: 'o-1' },
    });
    expect(served.emulator.apiBaseUrl).toBe(`${served.url}/yookassa/v3/`);
    expect((await api('GET', `payments/${body.id}`)).body).toEqual(body);
  });

  it('replays the original answer for the same key and body, whatever the key order', async () => {
    const first = await createPayment();
    const { amount, ...rest } = paymentRequest();
    const again = await api('POST', 'payments', { body: { ...rest, amount }, key: 'order-o-1' });
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first);
    expect(served.emulator.payments.size).toBe(1);
  });

  it('refuses a different body under a used key with the documented error', async () => {
    await createPayment();
    const { status, body } = await api('POST', 'payments', { body: paymentRequest({ description: 'Other' }), key: 'order-o-1' });
    expect(status).toBe(400);
    expect(body).toEqual({ type: 'error', id: expect.any(String), code: 'invalid_request', description: 'Idempotence key duplicated', parameter: 'Idempotence-Key' });
    expect(served.emulator.payments.size).toBe(1);
  });

  it('forgets a key after 24 hours', async () => {
    const first = await createPayment();
    clock = new Date(clock.getTime() + 24 * 3_600_000 + 1);
    const second = await createPayment();
    expect(second.id).not.toBe(first.id);
  });

  it('requires an Idempotence-Key', async () => {
    const { status, body } = await api('POST', 'payments', { body: paymentRequest() });
    expect(status).toBe(400);
    expect(body).toEqual(errorBody('invalid_request', 'Idempotence-Key'));
  });

  it('requires the shop credentials', async () => {
    for (const authorization of [null, basicAuth('wrong'), 'Bearer token']) {
      const { status, body } = await api('GET', 'payments/x', { authorization });
      expect(status).toBe(401);
      expect(body).toEqual(errorBody('invalid_credentials', 'Authorization'));
    }
  });

  const request = paymentRequest();
  const [adult, child] = request.receipt.items;
  if (!adult || !child) throw new Error('fixture has two items');
  it.each([
    ['amount.value', { ...request, amount: { value: '1200.5', currency: 'RUB' } }],
    ['amount.currency', { ...request, amount: { value: '1200.00', currency: 'USD' } }],
    ['capture', { ...request, capture: false }],
    ['confirmation.return_url', { ...request, confirmation: { type: 'redirect' } }],
    ['receipt', { ...request, receipt: undefined }],
    ['receipt.customer', { ...request, receipt: { ...request.receipt, customer: { full_name: 'Иван' } } }],
    ['receipt.items', { ...request, receipt: { ...request.receipt, items: [] } }],
    ['receipt.items[0].vat_code', { ...request, receipt: { ...request.receipt, items: [{ ...adult, vat_code: 13 }, child] } }],
    ['receipt.items[1].payment_mode', { ...request, receipt: { ...request.receipt, items: [adult, { ...child, payment_mode: 'cash' }] } }],
    ['receipt.items[1].payment_subject', { ...request, receipt: { ...request.receipt, items: [adult, { ...child, payment_subject: 'ticket' }] } }],
    ['receipt.items[0].amount.value', { ...request, receipt: { ...request.receipt, items: [{ ...adult, amount: { value: '500', currency: 'RUB' } }, child] } }],
    ['receipt.tax_system_code', { ...request, receipt: { ...request.receipt, tax_system_code: 7 } }],
  ])('names the parameter %s when it is invalid', async (parameter, body) => {
    const { status, body: answer } = await api('POST', 'payments', { body, key: `bad-${parameter}` });
    expect(status).toBe(400);
    expect(answer).toEqual(errorBody('invalid_request', parameter));
    expect(served.emulator.payments.size).toBe(0);
  });

  it('rejects a receipt whose items do not add up to the amount', async () => {
    const body = paymentRequest({ amount: { value: '1100.00', currency: 'RUB' } });
    const { status, body: answer } = await api('POST', 'payments', { body, key: 'sum' });
    expect(status).toBe(400);
    expect(answer).toEqual({ ...errorBody('invalid_request', 'receipt.items'), description: expect.stringContaining('1200.00') });
  });

  it('answers unknown objects with not_found', async () => {
    expect(await api('GET', 'payments/nope')).toEqual({ status: 404, body: errorBody('not_found') });
    expect(await api('GET', 'refunds/nope')).toEqual({ status: 404, body: errorBody('not_found') });
  });

  it('cancels only payments waiting for capture', async () => {
    const payment = await createPayment();
    const { status, body } = await api('POST', `payments/${payment.id}/cancel`, { key: 'cancel-1' });
    expect(status).toBe(400);
    expect(body).toEqual(errorBody('invalid_request', 'payment_id'));
  });

  it('cancels an unpaid payment after an hour', async () => {
    const payment = await createPayment();
    clock = new Date(clock.getTime() + 3_600_000);
    const { body } = await api('GET', `payments/${payment.id}`);
    expect(body).toMatchObject({ status: 'canceled', paid: false, cancellation_details: { party: 'yoo_kassa', reason: 'expired_on_confirmation' } });
    expect(body.confirmation).toBeUndefined();
    await eventually(() => receiver.received.length === 1);
    expect(receiver.received[0]).toMatchObject({ event: 'payment.canceled', object: { id: payment.id } });
  });
});

describe('injected failures', () => {
  it('answers 429 before doing anything', async () => {
    served.emulator.failNext(1, 429);
    expect(await api('POST', 'payments', { body: paymentRequest(), key: 'k' })).toEqual({ status: 429, body: errorBody('too_many_requests') });
    expect(served.emulator.payments.size).toBe(0);
  });

  it('answers 500 after creating the payment, and the same key then returns it', async () => {
    served.emulator.failNext(1, 500);
    expect(await api('POST', 'payments', { body: paymentRequest(), key: 'k' })).toEqual({ status: 500, body: errorBody('internal_server_error') });
    expect(served.emulator.payments.size).toBe(1);
    const retried = await createPayment('k');
    expect(served.emulator.payments.has(retried.id)).toBe(true);
    expect(served.emulator.payments.size).toBe(1);
  });
});
