import { YooKassaClient, YooKassaError } from '../../modules/payments/yookassa.client';
import type { Payment, ReceiptItem } from '../../modules/payments/yookassa.types';
import { serveYooKassaEmulator, type ServedYooKassaEmulator } from './serve-emulator';
import { eventually, paymentRequest, startWebhookReceiver, TEST_SECRET_KEY, TEST_SHOP_ID, type WebhookReceiver } from './emulator-test-kit';

let served: ServedYooKassaEmulator;
let receiver: WebhookReceiver;
let client: YooKassaClient;
const receiverStatuses: number[] = [];

beforeEach(async () => {
  receiverStatuses.length = 0;
  receiver = await startWebhookReceiver(receiverStatuses);
  served = await serveYooKassaEmulator({ shopId: TEST_SHOP_ID, secretKey: TEST_SECRET_KEY, webhookUrl: receiver.url, webhookRetryMs: 20 });
  client = new YooKassaClient({ baseUrl: served.emulator.apiBaseUrl, shopId: TEST_SHOP_ID, secretKey: TEST_SECRET_KEY, retry: { attempts: 1 } });
});

afterEach(async () => {
  await served.close();
  await receiver.close();
});

/** What the buyer's browser does on the confirmation page. */
async function submit(payment: Payment, button: 'pay' | 'decline', form: Record<string, string> = {}) {
  const page = await fetch(payment.confirmation?.confirmation_url ?? 'missing');
  const html = await page.text();
  const action = new RegExp(`action="([^"]+/${button})"`).exec(html)?.[1];
  if (!action) throw new Error(`no ${button} form on the page`);
  return fetch(new URL(action, served.url), { method: 'POST', body: new URLSearchParams(form), redirect: 'manual' });
}

describe('confirmation page', () => {
  it('shows the amount, the description and both buttons', async () => {
    const payment = await client.createPayment(paymentRequest({ description: 'Нева <и> каналы' }), 'k1');
    const page = await fetch(payment.confirmation?.confirmation_url ?? 'missing');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    const html = await page.text();
    expect(html).toContain('1200.00 ₽');
    expect(html).toContain('Нева &lt;и&gt; каналы');
    expect(html).toContain(`action="/yookassa/checkout/${payment.id}/pay"`);
    expect(html).toContain(`action="/yookassa/checkout/${payment.id}/decline"`);
    expect(html).toContain('Оплатить / Pay');
    expect(html).toContain('Отклонить / Decline');
    expect((await fetch(`${served.url}/yookassa/checkout/unknown`)).status).toBe(404);
  });

  it('pays: redirects to return_url, succeeds, and redelivers the webhook until the shop answers 200', async () => {
    receiverStatuses.push(500);
    const payment = await client.createPayment(paymentRequest(), 'k1');
    const response = await submit(payment, 'pay');
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('http://shop.test/orders/o-1/return');

    const paid = await client.getPayment(payment.id);
    expect(paid).toMatchObject({ status: 'succeeded', paid: true, refundable: true, receipt_registration: 'succeeded' });
    // 3.5 % of 1 200.00 is 42.00.
    expect(paid.income_amount).toEqual({ value: '1158.00', currency: 'RUB' });
    expect(paid.captured_at).toEqual(expect.any(String));
    expect(paid.confirmation).toBeUndefined();

    await eventually(() => served.emulator.deliveries().length === 2);
    expect(served.emulator.deliveries()).toEqual([
      { event: 'payment.succeeded', objectId: payment.id, attempt: 1, status: 500 },
      { event: 'payment.succeeded', objectId: payment.id, attempt: 2, status: 200 },
    ]);
    expect(receiver.received).toHaveLength(2);
    expect(receiver.received[1]).toEqual({ type: 'notification', event: 'payment.succeeded', object: paid });

    // A second click changes nothing and just goes back to the shop.
    const again = await fetch(`${served.url}/yookassa/checkout/${payment.id}/pay`, { method: 'POST', redirect: 'manual' });
    expect(again.status).toBe(302);
    expect(served.emulator.deliveries()).toHaveLength(2);
  });

  it('declines with the chosen reason and notifies payment.canceled', async () => {
    const payment = await client.createPayment(paymentRequest(), 'k1');
    const response = await submit(payment, 'decline', { reason: 'insufficient_funds' });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('http://shop.test/orders/o-1/return');
    expect(await client.getPayment(payment.id)).toMatchObject({
      status: 'canceled',
      paid: false,
      cancellation_details: { party: 'payment_network', reason: 'insufficient_funds' },
    });
    await eventually(() => receiver.received.length === 1);
    expect(receiver.received[0]).toMatchObject({ event: 'payment.canceled', object: { id: payment.id, status: 'canceled' } });
    expect(served.emulator.receipts()).toEqual([]);
  });

  it('declines through the test API with general_decline by default', async () => {
    const payment = await client.createPayment(paymentRequest(), 'k1');
    await served.emulator.decline(payment.id);
    expect(served.emulator.payments.get(payment.id)?.cancellation_details).toEqual({ party: 'payment_network', reason: 'general_decline' });
    expect(served.emulator.deliveries()).toEqual([{ event: 'payment.canceled', objectId: payment.id, attempt: 1, status: 200 }]);
    await expect(served.emulator.pay(payment.id)).rejects.toThrow(/not pending/);
  });

  it('stops redelivering after close()', async () => {
    receiverStatuses.push(500, 500, 500, 500);
    const payment = await client.createPayment(paymentRequest(), 'k1');
    await served.emulator.pay(payment.id);
    expect(served.emulator.deliveries()).toHaveLength(1);
    served.emulator.close();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(served.emulator.deliveries()).toHaveLength(1);
  });
});

describe('refunds', () => {
  const item = (description: string, value: string): ReceiptItem => ({
    description,
    quantity: 1,
    amount: { value, currency: 'RUB' },
    vat_code: 1,
    payment_mode: 'full_payment',
    payment_subject: 'service',
  });

  async function paidPayment(key = 'k1'): Promise<Payment> {
    const payment = await client.createPayment(paymentRequest(), key);
    await served.emulator.pay(payment.id);
    return payment;
  }

  it('refunds in parts, refuses more than is left, and registers every receipt', async () => {
    const payment = await paidPayment();
    const customer = { email: 'buyer@example.com' };
    const child = await client.createRefund(
      { payment_id: payment.id, amount: { value: '200.00', currency: 'RUB' }, description: 'Возврат детского билета', receipt: { customer, items: [item('Билет детский', '200.00')] } },
      'refund-1',
    );
    expect(child).toEqual({
      id: expect.any(String),
      payment_id: payment.id,
      status: 'succeeded',
      amount: { value: '200.00', currency: 'RUB' },
      created_at: expect.any(String),
      description: 'Возврат детского билета',
      receipt_registration: 'succeeded',
    });
    expect(await client.getRefund(child.id)).toEqual(child);
    expect(await client.getPayment(payment.id)).toMatchObject({ refunded_amount: { value: '200.00', currency: 'RUB' }, refundable: true });

    const tooMuch = await client
      .createRefund({ payment_id: payment.id, amount: { value: '1000.01', currency: 'RUB' }, receipt: { customer, items: [item('Билеты', '1000.01')] } }, 'refund-2')
      .catch((error: unknown) => error);
    expect(tooMuch).toBeInstanceOf(YooKassaError);
    expect(tooMuch).toMatchObject({ status: 400, code: 'invalid_request', parameter: 'amount', retryable: false });

    const noReceipt = await client.createRefund({ payment_id: payment.id, amount: { value: '500.00', currency: 'RUB' } }, 'refund-3').catch((error: unknown) => error);
    expect(noReceipt).toMatchObject({ status: 400, parameter: 'receipt' });

    const mismatch = await client
      .createRefund({ payment_id: payment.id, amount: { value: '500.00', currency: 'RUB' }, receipt: { customer, items: [item('Билет', '400.00')] } }, 'refund-4')
      .catch((error: unknown) => error);
    expect(mismatch).toMatchObject({ status: 400, parameter: 'receipt.items' });

    await client.createRefund(
      { payment_id: payment.id, amount: { value: '1000.00', currency: 'RUB' }, receipt: { customer, items: [{ ...item('Билет взрослый', '500.00'), quantity: 2 }] } },
      'refund-5',
    );
    expect(await client.getPayment(payment.id)).toMatchObject({ status: 'succeeded', refunded_amount: { value: '1200.00', currency: 'RUB' }, refundable: false });

    const receipts = served.emulator.receipts();
    expect(receipts.map((r) => [r.type, r.payment_id, r.items.map((i) => i.amount.value)])).toEqual([
      ['payment', payment.id, ['500.00', '200.00']],
      ['refund', payment.id, ['200.00']],
      ['refund', payment.id, ['500.00']],
    ]);
    expect(receipts[0]).toEqual({ type: 'payment', payment_id: payment.id, customer, items: paymentRequest().receipt.items, tax_system_code: 2 });
    expect(receipts[1]?.refund_id).toBe(child.id);

    await eventually(() => receiver.received.filter((n) => n.event === 'refund.succeeded').length === 2);
  });

  it('refunds a whole payment without receipt data by repeating the payment receipt', async () => {
    const payment = await paidPayment();
    const refund = await client.createRefund({ payment_id: payment.id, amount: payment.amount }, 'refund-1');
    expect(refund.status).toBe('succeeded');
    const [, refundReceipt] = served.emulator.receipts();
    expect(refundReceipt).toMatchObject({ type: 'refund', refund_id: refund.id, items: paymentRequest().receipt.items });
  });

  it('refuses to refund a payment that was not paid', async () => {
    const payment = await client.createPayment(paymentRequest(), 'k1');
    const error = await client.createRefund({ payment_id: payment.id, amount: payment.amount }, 'refund-1').catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 400, code: 'invalid_request', parameter: 'payment_id' });
    const unknown = await client.createRefund({ payment_id: 'nope', amount: payment.amount }, 'refund-2').catch((e: unknown) => e);
    expect(unknown).toMatchObject({ status: 400, parameter: 'payment_id' });
  });
});
