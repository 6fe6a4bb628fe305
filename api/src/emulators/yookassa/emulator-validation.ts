import { z } from 'zod';
import { divideHalfUp } from '../../platform/money';
import {
  fromAmount,
  toAmount,
  PAYMENT_MODES,
  PAYMENT_SUBJECTS,
  TAX_SYSTEM_CODES,
  VAT_CODES,
  type Amount,
  type CreatePaymentRequest,
  type CreateRefundRequest,
  type Receipt,
} from '../../modules/payments/yookassa.types';
import { EmulatorErrors } from './emulator-errors';

const amountSchema = z.object({
  value: z
    .string()
    .regex(/^\d+\.\d{2}$/, 'Amount value must be a decimal string with two digits after the point, e.g. "600.00"')
    .refine((value) => !/^0+\.00$/.test(value), 'Amount must be greater than zero'),
  currency: z.literal('RUB', 'Only RUB is accepted'),
});

const itemSchema = z.object({
  description: z.string().min(1).max(128),
  quantity: z
    .number()
    .positive()
    .refine((quantity) => Math.abs(quantity * 1000 - Math.round(quantity * 1000)) < 1e-6, 'At most 3 digits after the point'),
  amount: amountSchema,
  vat_code: z.literal(VAT_CODES, 'vat_code must be an integer 1..12'),
  payment_mode: z.enum(PAYMENT_MODES),
  payment_subject: z.enum(PAYMENT_SUBJECTS),
});

const receiptSchema = z.object({
  customer: z
    .object({
      full_name: z.string().max(256).optional(),
      email: z.email().optional(),
      phone: z.string().regex(/^\+?\d{7,15}$/, 'Phone must be digits in E.164 format, e.g. 79001234567').optional(),
      inn: z.string().regex(/^\d{10}(\d{2})?$/).optional(),
    })
    // 54-FZ: the electronic receipt needs an address to go to.
    .refine((customer) => customer.email !== undefined || customer.phone !== undefined, 'The customer needs an email or a phone for the receipt'),
  items: z.array(itemSchema).min(1).max(100),
  tax_system_code: z.literal(TAX_SYSTEM_CODES, 'tax_system_code must be an integer 1..6').optional(),
});

const paymentSchema = z.object({
  amount: amountSchema,
  capture: z.literal(true, 'capture must be true: only one-stage payments are emulated'),
  confirmation: z.object({
    type: z.literal('redirect', 'Only the redirect confirmation is emulated'),
    return_url: z.url(),
  }),
  description: z.string().max(128).optional(),
  metadata: z.record(z.string().max(32), z.string().max(512)).optional(),
  receipt: receiptSchema,
});

const refundSchema = z.object({
  payment_id: z.string().min(1),
  amount: amountSchema,
  description: z.string().max(250).optional(),
  receipt: receiptSchema.optional(),
});

/** ['receipt', 'items', 0, 'vat_code'] → 'receipt.items[0].vat_code', as YooKassa names parameters. */
export function parameterName(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((name, key) => {
    if (typeof key === 'number') return `${name}[${key}]`;
    return name ? `${name}.${String(key)}` : String(key);
  }, '');
}

function parse<T>(schema: z.ZodType<T>, body: unknown): T {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw EmulatorErrors.invalid(parameterName(issue?.path ?? []), issue?.message ?? 'Invalid request');
}

/** Sum of the receipt lines (unit price × quantity) in kopecks, rounded per line like a till. */
export function receiptTotal(receipt: Receipt): number {
  return receipt.items.reduce((sum, item) => {
    const milliUnits = Math.round(item.quantity * 1000);
    return sum + divideHalfUp(fromAmount(item.amount) * milliUnits, 1000);
  }, 0);
}

function assertReceiptMatches(receipt: Receipt, amount: Amount, parameter: string): void {
  const total = receiptTotal(receipt);
  if (total !== fromAmount(amount)) {
    throw EmulatorErrors.invalid(
      parameter,
      `The sum of the receipt items (${toAmount(total).value}) does not match the amount (${amount.value})`,
    );
  }
}

/**
 * Validates a `POST /payments` body as YooKassa does for a shop with "Чеки от ЮKassa",
 * throwing a 400 `invalid_request` that names the first offending parameter.
 *
 * @example
 * parsePaymentRequest({ ...request, receipt: { ...receipt, items: [{ ...item, vat_code: 13 }] } })
 * // throws: parameter 'receipt.items[0].vat_code'
 */
export function parsePaymentRequest(body: unknown): CreatePaymentRequest {
  const request = parse(paymentSchema, body);
  assertReceiptMatches(request.receipt, request.amount, 'receipt.items');
  return request;
}

/** Validates a `POST /refunds` body; the receipt, when present, must add up to the refund. */
export function parseRefundRequest(body: unknown): CreateRefundRequest {
  const request = parse(refundSchema, body);
  if (request.receipt) assertReceiptMatches(request.receipt, request.amount, 'receipt.items');
  return request;
}
