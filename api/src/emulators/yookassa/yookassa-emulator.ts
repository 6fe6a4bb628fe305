import { Hono } from 'hono';
import type { CancellationReason, Payment, Refund } from '../../modules/payments/yookassa.types';
import { confirmationRoutes } from './confirmation-page';
import { emulatorApiRoutes } from './emulator-api.routes';
import { EmulatorState, type EmulatedReceipt } from './emulator-state';
import { InjectedFailures, type InjectedStatus } from './failure-injection';
import { IdempotenceStore } from './idempotence';
import { WebhookSender, type WebhookDelivery } from './webhook-sender';

export type { EmulatedReceipt } from './emulator-state';
export type { WebhookDelivery } from './webhook-sender';

export interface YooKassaEmulatorOptions {
  shopId: string;
  secretKey: string;
  /** Where a browser reaches the emulator, e.g. 'http://localhost:3000'; builds confirmation_url. */
  publicBaseUrl: string;
  /** Path prefix of every emulator route. Default '/yookassa'. */
  basePath?: string;
  /** The shop's notification URL; without one no webhooks are sent. */
  webhookUrl?: string;
  /** Delay before the first webhook retry, doubling after each failure. Default 1 000 ms. */
  webhookRetryMs?: number;
  /** Attempts per notification, the first included. Default 10. */
  webhookMaxAttempts?: number;
  /** The emulator's clock (created_at, expiry, the 24 h idempotence window). */
  now?: () => Date;
}

export interface YooKassaEmulator {
  /** Routes under `${basePath}`: `/v3/…` (the API) and `/checkout/…` (the payment page). */
  app: Hono;
  /** `${publicBaseUrl}${basePath}/v3/`: the client's baseUrl. */
  apiBaseUrl: string;
  /** Live objects by id (mutating them changes what the API answers). */
  payments: Map<string, Payment>;
  refunds: Map<string, Refund>;
  /** Registered fiscal receipts, in order: a payment's when it succeeds, a refund's when made. */
  receipts(): EmulatedReceipt[];
  /** The buyer pays; resolves after the first webhook attempt. Throws unless the payment is pending. */
  pay(paymentId: string): Promise<void>;
  /** The bank declines; resolves after the first webhook attempt. Throws unless the payment is pending. */
  decline(paymentId: string, reason?: CancellationReason): Promise<void>;
  setWebhookUrl(url: string | undefined): void;
  /**
   * The next `count` API calls answer `status` (a 500 on a POST after doing the work: "result
   * unknown"), replacing failures still queued; `failNext(0, …)` clears them.
   */
  failNext(count: number, status: InjectedStatus): void;
  /** Every webhook attempt so far. */
  deliveries(): WebhookDelivery[];
  /** Cancels pending webhook retries. */
  close(): void;
}

/**
 * An in-process YooKassa for tests and the local embedded setup: the v3 payments and refunds
 * API with its auth, idempotence, validation and error bodies, a confirmation page with
 * "Pay" and "Decline" buttons, receipts, and webhooks with redelivery. Never mount it in
 * production.
 *
 * @example
 * const yookassa = createYooKassaEmulator({ shopId: 'test-shop', secretKey: 'test_secret', publicBaseUrl: 'http://localhost:3000' });
 * app.route('/', yookassa.app);
 * const client = new YooKassaClient({ baseUrl: yookassa.apiBaseUrl, shopId: 'test-shop', secretKey: 'test_secret' });
 */
export function createYooKassaEmulator(options: YooKassaEmulatorOptions): YooKassaEmulator {
  const now = options.now ?? (() => new Date());
  const basePath = (options.basePath ?? '/yookassa').replace(/\/+$/, '');
  const publicBaseUrl = options.publicBaseUrl.replace(/\/+$/, '');
  const checkoutPath = (paymentId: string) => `${basePath}/checkout/${encodeURIComponent(paymentId)}`;

  const webhooks = new WebhookSender({
    url: options.webhookUrl,
    firstRetryMs: options.webhookRetryMs ?? 1_000,
    maxAttempts: options.webhookMaxAttempts ?? 10,
  });
  const state = new EmulatorState({
    shopId: options.shopId,
    now,
    checkoutUrl: (paymentId) => `${publicBaseUrl}${checkoutPath(paymentId)}`,
    webhooks,
  });
  const failures = new InjectedFailures();

  const app = new Hono();
  app.route(
    `${basePath}/v3`,
    emulatorApiRoutes({ shopId: options.shopId, secretKey: options.secretKey, state, idempotence: new IdempotenceStore(now), failures }),
  );
  app.route(`${basePath}/checkout`, confirmationRoutes({ state, checkoutPath }));

  return {
    app,
    apiBaseUrl: `${publicBaseUrl}${basePath}/v3/`,
    payments: state.payments,
    refunds: state.refunds,
    receipts: () => structuredClone(state.receipts),
    // async: a payment that is not pending rejects rather than throws.
    pay: async (paymentId) => state.pay(paymentId),
    decline: async (paymentId, reason) => state.decline(paymentId, reason),
    setWebhookUrl: (url) => webhooks.setUrl(url),
    failNext: (count, status) => failures.add(count, status),
    deliveries: () => [...webhooks.deliveries],
    close: () => webhooks.close(),
  };
}
