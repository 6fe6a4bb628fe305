/**
 * The subset of YooKassa API v3 that Prichal uses, typed from the published documentation
 * (see /work/shared/reference/yookassa.md). Field names stay snake_case exactly as they travel,
 * so a request can be sent and a response read without a mapping layer that could drift.
 * The value lists are exported as data too: the emulator validates against the same lists.
 */
import type { Kopecks } from '../../platform/money';

export type Currency = 'RUB';

/** Money as YooKassa writes it: a decimal string with exactly two digits after the point. */
export interface Amount {
  /** "600.00" */
  value: string;
  currency: Currency;
}

/** 54-FZ VAT codes: 1 no VAT · 2 0 % · 3 10 % · 4 20 % · 5 10/110 · 6 20/120 · 7 5 % · 8 7 % · 9 5/105 · 10 7/107 · 11 22 % · 12 22/122. */
export const VAT_CODES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;
export type VatCode = (typeof VAT_CODES)[number];

/** Tax system of the seller: 1 ОСН · 2 УСН income · 3 УСН income−expenses · 4 ЕНВД · 5 ЕСХН · 6 patent. */
export const TAX_SYSTEM_CODES = [1, 2, 3, 4, 5, 6] as const;
export type TaxSystemCode = (typeof TAX_SYSTEM_CODES)[number];

/** Признак способа расчёта. A ticket is `full_payment` or `full_prepayment` by the accountant's choice. */
export const PAYMENT_MODES = [
  'full_prepayment',
  'partial_prepayment',
  'advance',
  'full_payment',
  'partial_payment',
  'credit',
  'credit_payment',
] as const;
export type PaymentMode = (typeof PAYMENT_MODES)[number];

/** Признак предмета расчёта (FFD 1.05 and 1.2 values). A boat or excursion ticket is a `service`. */
export const PAYMENT_SUBJECTS = [
  'commodity',
  'excise',
  'job',
  'service',
  'gambling_bet',
  'gambling_prize',
  'lottery',
  'lottery_prize',
  'intellectual_activity',
  'payment',
  'agent_commission',
  'composite',
  'another',
  'property_right',
  'non_operating_gain',
  'insurance_premium',
  'sales_tax',
  'resort_fee',
  'marked',
  'non_marked',
  'marked_excise',
  'non_marked_excise',
  'fine',
  'tax',
  'lien',
  'cost',
  'casino',
  'agent_withdrawals',
  'pension_insurance_without_payouts',
  'pension_insurance_with_payouts',
  'health_insurance_without_payouts',
  'health_insurance_with_payouts',
  'health_insurance',
] as const;
export type PaymentSubject = (typeof PAYMENT_SUBJECTS)[number];

export interface ReceiptCustomer {
  full_name?: string;
  /** The receipt goes here ("Чеки от ЮKassa" send by email only). */
  email?: string;
  /** E.164 digits, e.g. "79001234567". */
  phone?: string;
  inn?: string;
}

export interface ReceiptItem {
  /** ≤ 128 characters. */
  description: string;
  /** We send whole numbers; YooKassa accepts a decimal (up to 3 fractional digits). */
  quantity: number;
  /** Price of ONE unit; the line total is amount × quantity. */
  amount: Amount;
  vat_code: VatCode;
  payment_mode: PaymentMode;
  payment_subject: PaymentSubject;
}

/** The fiscal receipt sent with a payment or refund (54-FZ). */
export interface Receipt {
  customer: ReceiptCustomer;
  items: ReceiptItem[];
  tax_system_code?: TaxSystemCode;
}

export interface RedirectConfirmationRequest {
  type: 'redirect';
  /** Where the buyer's browser returns after paying or giving up. */
  return_url: string;
}

export interface RedirectConfirmation {
  type: 'redirect';
  /** The payment page the buyer must be sent to. */
  confirmation_url: string;
  return_url?: string;
}

/** `POST /payments`. We only do one-stage payments, hence `capture: true`. */
export interface CreatePaymentRequest {
  amount: Amount;
  capture: true;
  confirmation: RedirectConfirmationRequest;
  /** ≤ 128 characters; shown to the buyer. */
  description?: string;
  /** Echoed back on the payment and in webhooks; ours carries the order id. */
  metadata?: Record<string, string>;
  receipt: Receipt;
}

export type PaymentStatus = 'pending' | 'waiting_for_capture' | 'succeeded' | 'canceled';
export type ReceiptRegistration = 'pending' | 'succeeded' | 'canceled';
export type CancellationParty = 'merchant' | 'yoo_kassa' | 'payment_network';

export const CANCELLATION_REASONS = [
  '3d_secure_failed',
  'call_issuer',
  'card_expired',
  'country_forbidden',
  'fraud_suspected',
  'general_decline',
  'insufficient_funds',
  'invalid_card_number',
  'invalid_csc',
  'issuer_unavailable',
  'payment_method_limit_exceeded',
  'payment_method_restricted',
  'permission_revoked',
  'internal_timeout',
  'canceled_by_merchant',
  'expired_on_confirmation',
  'expired_on_capture',
] as const;
export type CancellationReason = (typeof CANCELLATION_REASONS)[number];

export interface CancellationDetails {
  party: CancellationParty;
  /** One of CANCELLATION_REASONS; YooKassa may add reasons, so read it as a string. */
  reason: CancellationReason | (string & {});
}

/** A payment as `POST /payments`, `GET /payments/{id}` and webhooks return it. */
export interface Payment {
  id: string;
  status: PaymentStatus;
  paid: boolean;
  amount: Amount;
  /** What reaches the shop after YooKassa's fee; present once paid. */
  income_amount?: Amount;
  /** Present while the buyer still has to confirm (status `pending`). */
  confirmation?: RedirectConfirmation;
  created_at: string;
  captured_at?: string;
  expires_at?: string;
  description?: string;
  metadata?: Record<string, string>;
  recipient?: { account_id: string; gateway_id: string };
  refundable: boolean;
  refunded_amount?: Amount;
  receipt_registration?: ReceiptRegistration;
  cancellation_details?: CancellationDetails;
  /** True for a test shop: no real money moved. */
  test: boolean;
}

/** `POST /refunds`. We always send the receipt, also for a full refund. */
export interface CreateRefundRequest {
  payment_id: string;
  amount: Amount;
  description?: string;
  receipt?: Receipt;
}

export type RefundStatus = 'pending' | 'succeeded' | 'canceled';

export interface Refund {
  id: string;
  payment_id: string;
  status: RefundStatus;
  amount: Amount;
  created_at: string;
  description?: string;
  receipt_registration?: ReceiptRegistration;
  cancellation_details?: CancellationDetails;
}

export type PaymentEvent = 'payment.succeeded' | 'payment.waiting_for_capture' | 'payment.canceled';
export type RefundEvent = 'refund.succeeded';
export type NotificationEvent = PaymentEvent | RefundEvent;

/**
 * A webhook body. It carries no signature: trust only the sender's IP range, then GET the
 * object and act on the fetched status (webhooks repeat and arrive in any order).
 */
export type Notification =
  | { type: 'notification'; event: PaymentEvent; object: Payment }
  | { type: 'notification'; event: RefundEvent; object: Refund };

/** Documented error codes; read `code` as a string, YooKassa may add others. */
export type ApiErrorCode =
  | 'invalid_request'
  | 'invalid_credentials'
  | 'forbidden'
  | 'not_found'
  | 'too_many_requests'
  | 'internal_server_error';

/** Every error response of the API. */
export interface ApiErrorBody {
  type: 'error';
  /** YooKassa's id of the failed request; quote it to their support. */
  id: string;
  code: ApiErrorCode | (string & {});
  description?: string;
  /** The offending field, e.g. "receipt.items[0].vat_code" or "Idempotence-Key". */
  parameter?: string;
}

const AMOUNT_PATTERN = /^(\d+)\.(\d{2})$/;

/**
 * Integer kopecks to YooKassa's decimal string, exactly (integer division, no floats).
 *
 * @example
 * toAmount(123456) // { value: '1234.56', currency: 'RUB' }
 * toAmount(1)      // { value: '0.01', currency: 'RUB' }
 */
export function toAmount(kopecks: Kopecks): Amount {
  if (!Number.isSafeInteger(kopecks) || kopecks < 0) {
    throw new RangeError(`amount must be a non-negative integer number of kopecks, got ${kopecks}`);
  }
  const fraction = kopecks % 100;
  // (kopecks - fraction) is a multiple of 100, so this division is exact.
  const roubles = (kopecks - fraction) / 100;
  return { value: `${roubles}.${String(fraction).padStart(2, '0')}`, currency: 'RUB' };
}

/**
 * YooKassa's amount to integer kopecks. Rejects anything but "digits.two digits" in RUB rather
 * than guess: "600.5" or "1e3" in a payment is a bug to surface, not to round.
 *
 * @example
 * fromAmount({ value: '1234.56', currency: 'RUB' }) // 123456
 */
export function fromAmount(amount: Amount): Kopecks {
  const match = AMOUNT_PATTERN.exec(amount.value);
  if (!match || amount.currency !== 'RUB') {
    throw new RangeError(`not a RUB amount with two decimals: ${JSON.stringify(amount)}`);
  }
  const [, roubles = '', fraction = ''] = match;
  const kopecks = Number(roubles) * 100 + Number(fraction);
  if (!Number.isSafeInteger(kopecks)) throw new RangeError(`amount too large: ${amount.value}`);
  return kopecks;
}
