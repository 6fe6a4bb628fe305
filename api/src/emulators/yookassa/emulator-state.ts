import { randomUUID } from 'node:crypto';
import { divideHalfUp } from '../../platform/money';
import {
  fromAmount,
  toAmount,
  type CancellationReason,
  type CreatePaymentRequest,
  type CreateRefundRequest,
  type Payment,
  type Receipt,
  type ReceiptCustomer,
  type ReceiptItem,
  type Refund,
  type TaxSystemCode,
} from '../../modules/payments/yookassa.types';
import { EmulatorErrors } from './emulator-errors';
import type { WebhookSender } from './webhook-sender';

/** A fiscal receipt as the emulator "registered" it. */
export interface EmulatedReceipt {
  type: 'payment' | 'refund';
  payment_id: string;
  refund_id?: string;
  customer: ReceiptCustomer;
  items: ReceiptItem[];
  tax_system_code?: TaxSystemCode;
}

/** A pending payment that is not paid within this time is cancelled, as YooKassa does. */
const CONFIRMATION_WINDOW_MS = 60 * 60 * 1000;
/** The acquiring fee taken from `income_amount`, in tenths of a percent (3.5 %). */
const FEE_PER_MILLE = 35;

export interface EmulatorStateOptions {
  shopId: string;
  now: () => Date;
  checkoutUrl: (paymentId: string) => string;
  webhooks: WebhookSender;
}

/**
 * The emulated shop account: payments, refunds and receipts, and the status changes between
 * them. Every change that YooKassa would notify about sends a webhook. Methods are
 * synchronous up to the webhook, so an HTTP handler's check-then-change cannot interleave.
 */
export class EmulatorState {
  readonly payments = new Map<string, Payment>();
  readonly refunds = new Map<string, Refund>();
  readonly receipts: EmulatedReceipt[] = [];
  private readonly returnUrls = new Map<string, string>();
  private readonly paymentReceipts = new Map<string, Receipt>();

  constructor(private readonly options: EmulatorStateOptions) {}

  createPayment(request: CreatePaymentRequest): Payment {
    const id = randomUUID();
    const created = this.options.now();
    const payment: Payment = {
      id,
      status: 'pending',
      amount: { ...request.amount },
      ...(request.description !== undefined ? { description: request.description } : {}),
      recipient: { account_id: this.options.shopId, gateway_id: `${this.options.shopId}-gw` },
      created_at: created.toISOString(),
      expires_at: new Date(created.getTime() + CONFIRMATION_WINDOW_MS).toISOString(),
      confirmation: { type: 'redirect', return_url: request.confirmation.return_url, confirmation_url: this.options.checkoutUrl(id) },
      test: true,
      paid: false,
      refundable: false,
      ...(request.metadata !== undefined ? { metadata: { ...request.metadata } } : {}),
    };
    this.payments.set(id, payment);
    this.returnUrls.set(id, request.confirmation.return_url);
    this.paymentReceipts.set(id, request.receipt);
    return payment;
  }

  /** The payment, first cancelled as expired if its hour for confirmation has passed. */
  getPayment(paymentId: string): Payment {
    const payment = this.payments.get(paymentId);
    if (!payment) throw EmulatorErrors.notFound(`Payment ${paymentId}`);
    if (payment.status === 'pending' && payment.expires_at && Date.parse(payment.expires_at) <= this.options.now().getTime()) {
      this.cancel(payment, 'yoo_kassa', 'expired_on_confirmation');
    }
    return payment;
  }

  returnUrlOf(paymentId: string): string | undefined {
    return this.returnUrls.get(paymentId);
  }

  /**
   * The buyer paid: succeeded, captured, fee deducted, and the receipt registered (YooKassa
   * registers it only once the money is taken). Resolves after the first webhook attempt.
   */
  pay(paymentId: string): Promise<void> {
    const payment = this.pendingPayment(paymentId);
    const kopecks = fromAmount(payment.amount);
    delete payment.confirmation;
    delete payment.expires_at;
    Object.assign(payment, {
      status: 'succeeded',
      paid: true,
      captured_at: this.options.now().toISOString(),
      income_amount: toAmount(kopecks - divideHalfUp(kopecks * FEE_PER_MILLE, 1000)),
      refundable: true,
      receipt_registration: 'succeeded',
    } satisfies Partial<Payment>);
    const receipt = this.paymentReceipts.get(payment.id);
    if (receipt) this.receipts.push(receiptRecord('payment', payment.id, undefined, receipt));
    return this.options.webhooks.send({ type: 'notification', event: 'payment.succeeded', object: payment });
  }

  /** The bank declined the payment. Resolves after the first webhook attempt. */
  decline(paymentId: string, reason: CancellationReason = 'general_decline'): Promise<void> {
    return this.cancel(this.pendingPayment(paymentId), 'payment_network', reason);
  }

  /** `POST /payments/{id}/cancel`: only a two-stage payment waiting for capture can be cancelled. */
  cancelByMerchant(paymentId: string): Payment {
    const payment = this.getPayment(paymentId);
    if (payment.status !== 'waiting_for_capture') {
      throw EmulatorErrors.invalid('payment_id', `Payment in status ${payment.status} cannot be cancelled; only waiting_for_capture can`);
    }
    void this.cancel(payment, 'merchant', 'canceled_by_merchant');
    return payment;
  }

  createRefund(request: CreateRefundRequest): Refund {
    const payment = this.payments.has(request.payment_id) ? this.getPayment(request.payment_id) : undefined;
    if (!payment) throw EmulatorErrors.invalid('payment_id', `Payment ${request.payment_id} does not exist`);
    if (payment.status !== 'succeeded') {
      throw EmulatorErrors.invalid('payment_id', `Payment in status ${payment.status} cannot be refunded`);
    }
    const paid = fromAmount(payment.amount);
    const refundedBefore = payment.refunded_amount ? fromAmount(payment.refunded_amount) : 0;
    const amount = fromAmount(request.amount);
    if (amount > paid - refundedBefore) {
      throw EmulatorErrors.invalid('amount', `Refund amount ${request.amount.value} exceeds what is left to refund (${toAmount(paid - refundedBefore).value})`);
    }
    // With YooKassa's own receipts only a refund of the whole payment may omit the receipt:
    // YooKassa then repeats the payment's items.
    const isWhole = refundedBefore === 0 && amount === paid;
    const receipt = request.receipt ?? (isWhole ? this.paymentReceipts.get(payment.id) : undefined);
    if (!receipt) throw EmulatorErrors.invalid('receipt', 'A partial refund must carry a receipt with the refunded items');

    const refund: Refund = {
      id: randomUUID(),
      payment_id: payment.id,
      status: 'succeeded',
      amount: { ...request.amount },
      created_at: this.options.now().toISOString(),
      ...(request.description !== undefined ? { description: request.description } : {}),
      receipt_registration: 'succeeded',
    };
    this.refunds.set(refund.id, refund);
    payment.refunded_amount = toAmount(refundedBefore + amount);
    payment.refundable = refundedBefore + amount < paid;
    this.receipts.push(receiptRecord('refund', payment.id, refund.id, receipt));
    void this.options.webhooks.send({ type: 'notification', event: 'refund.succeeded', object: refund });
    return refund;
  }

  getRefund(refundId: string): Refund {
    const refund = this.refunds.get(refundId);
    if (!refund) throw EmulatorErrors.notFound(`Refund ${refundId}`);
    return refund;
  }

  private pendingPayment(paymentId: string): Payment {
    const payment = this.getPayment(paymentId);
    if (payment.status !== 'pending') throw new Error(`Payment ${paymentId} is ${payment.status}, not pending`);
    return payment;
  }

  private cancel(payment: Payment, party: 'merchant' | 'yoo_kassa' | 'payment_network', reason: CancellationReason): Promise<void> {
    delete payment.confirmation;
    delete payment.expires_at;
    Object.assign(payment, {
      status: 'canceled',
      paid: false,
      refundable: false,
      cancellation_details: { party, reason },
    } satisfies Partial<Payment>);
    return this.options.webhooks.send({ type: 'notification', event: 'payment.canceled', object: payment });
  }
}

function receiptRecord(type: 'payment' | 'refund', paymentId: string, refundId: string | undefined, receipt: Receipt): EmulatedReceipt {
  return {
    type,
    payment_id: paymentId,
    ...(refundId !== undefined ? { refund_id: refundId } : {}),
    customer: structuredClone(receipt.customer),
    items: structuredClone(receipt.items),
    ...(receipt.tax_system_code !== undefined ? { tax_system_code: receipt.tax_system_code } : {}),
  };
}
