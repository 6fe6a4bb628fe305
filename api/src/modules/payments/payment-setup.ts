import type { Config } from '../../platform/config';
import { createYooKassaEmulator, type YooKassaEmulator } from '../../emulators/yookassa/yookassa-emulator';
import type { PaymentGateway } from './payment-gateway';
import { senderAllowlist, YOOKASSA_SENDERS } from './sender-allowlist';
import { YooKassaClient } from './yookassa.client';
import { YooKassaGateway } from './yookassa.gateway';
import type { TaxSystemCode } from './yookassa.types';

export interface PaymentSetup {
  gateway: PaymentGateway | null;
  /** Mounted into the app outside production when no shop is configured. */
  emulator: YooKassaEmulator | null;
  /** Who may send notifications; null = anyone (outside production). */
  senders: ReturnType<typeof senderAllowlist> | null;
}

/**
 * YooKassa with the configured shop; outside production without one, the emulator at
 * /yookassa (so `npm start` can take a payment end to end); in production without one, no
 * gateway — payment calls answer 503 and the rest of the shop works.
 */
export function setUpPayments(
  config: Pick<Config, 'NODE_ENV' | 'PUBLIC_BASE_URL' | 'YOOKASSA_SHOP_ID' | 'YOOKASSA_SECRET_KEY' | 'YOOKASSA_API_URL' |
    'YOOKASSA_WEBHOOK_IPS' | 'RECEIPT_PAYMENT_MODE' | 'RECEIPT_TAX_SYSTEM_CODE'>,
): PaymentSetup {
  const receipts = { paymentMode: config.RECEIPT_PAYMENT_MODE, taxSystemCode: config.RECEIPT_TAX_SYSTEM_CODE as TaxSystemCode | undefined };
  const senders = config.NODE_ENV === 'production'
    ? senderAllowlist(config.YOOKASSA_WEBHOOK_IPS?.split(',') ?? YOOKASSA_SENDERS)
    : null;
  if (config.YOOKASSA_SHOP_ID && config.YOOKASSA_SECRET_KEY) {
    const client = new YooKassaClient({ baseUrl: config.YOOKASSA_API_URL, shopId: config.YOOKASSA_SHOP_ID, secretKey: config.YOOKASSA_SECRET_KEY });
    return { gateway: new YooKassaGateway(client, receipts), emulator: null, senders };
  }
  if (config.NODE_ENV === 'production') return { gateway: null, emulator: null, senders };
  const origin = config.PUBLIC_BASE_URL.replace(/\/$/, '');
  const emulator = createYooKassaEmulator({
    shopId: 'emulator-shop',
    secretKey: 'emulator-secret-key',
    publicBaseUrl: origin,
    webhookUrl: `${origin}/api/v1/payments/yookassa/webhook`,
  });
  const client = new YooKassaClient({ baseUrl: emulator.apiBaseUrl, shopId: 'emulator-shop', secretKey: 'emulator-secret-key' });
  return { gateway: new YooKassaGateway(client, receipts), emulator, senders };
}
