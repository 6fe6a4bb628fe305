/**
 * Shared by the emulator's and the client's tests: a valid payment request, a webhook
 * receiver on a real port, and polling for background deliveries.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CreatePaymentRequest, Notification } from '../../modules/payments/yookassa.types';

export const TEST_SHOP_ID = 'test-shop';
export const TEST_SECRET_KEY = 'test_secret_key';

/**
 * 1 200.00 ₽: two adult tickets at 500.00 and one child ticket at 200.00.
 *
 * @example
 * paymentRequest({ description: 'Other' })
 */
export function paymentRequest(overrides: Partial<CreatePaymentRequest> = {}): CreatePaymentRequest {
  return {
    amount: { value: '1200.00', currency: 'RUB' },
    capture: true,
    confirmation: { type: 'redirect', return_url: 'http://shop.test/orders/o-1/return' },
    description: 'Заказ o-1: Нева и каналы, 12 июня 19:00',
    metadata: { orderId: 'o-1' },
    receipt: {
      customer: { email: 'buyer@example.com' },
      items: [
        { description: 'Билет взрослый', quantity: 2, amount: { value: '500.00', currency: 'RUB' }, vat_code: 1, payment_mode: 'full_payment', payment_subject: 'service' },
        { description: 'Билет детский', quantity: 1, amount: { value: '200.00', currency: 'RUB' }, vat_code: 1, payment_mode: 'full_payment', payment_subject: 'service' },
      ],
      tax_system_code: 2,
    },
    ...overrides,
  };
}

export interface WebhookReceiver {
  url: string;
  received: Notification[];
  close(): Promise<void>;
}

/** Answers each notification with the next of `statuses` (then 200) and keeps what it got. */
export async function startWebhookReceiver(statuses: number[] = []): Promise<WebhookReceiver> {
  const received: Notification[] = [];
  const server = createServer((req, res) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (text += chunk));
    req.on('end', () => {
      received.push(JSON.parse(text) as Notification);
      res.statusCode = statuses.shift() ?? 200;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks/yookassa`,
    received,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Polls until `check` holds (for background webhook retries). */
export async function eventually(check: () => boolean, timeoutMs = 3_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
