/**
 * The payment port: what checkout needs from a payment provider. YooKassa is the adapter
 * (yookassa.gateway.ts); tests and the embedded default point it at the emulator.
 */
export interface GatewayPayment {
  id: string;
  status: 'pending' | 'waiting_for_capture' | 'succeeded' | 'canceled';
  amountKopecks: number;
  /** What the merchant receives after the payment service's fee, once paid. */
  incomeKopecks: number | null;
  currency: string;
  orderId: string | null;
  confirmationUrl: string | null;
}

export interface PaymentRequest {
  orderId: string;
  orderNumber: string;
  amountKopecks: number;
  returnUrl: string;
  customer: { fullName: string; email: string; phone: string };
  lines: Array<{ description: string; totalKopecks: number; vatMode: 'none' | 'included' | 'excluded'; vatPercent: number }>;
}

export interface PaymentGateway {
  /** Idempotent per order: asking again for the same order returns the same payment. */
  createPayment(request: PaymentRequest): Promise<GatewayPayment>;
  getPayment(paymentId: string): Promise<GatewayPayment | null>;
  /** Refunds `amountKopecks` of a payment; idempotent per `refundKey`. */
  refund(request: { paymentId: string; amountKopecks: number; refundKey: string; receipt: PaymentRequest['lines']; customer: PaymentRequest['customer']; reason: string }): Promise<GatewayRefund>;
  getRefund(refundId: string): Promise<GatewayRefund | null>;
}

export interface GatewayRefund {
  id: string;
  paymentId: string;
  status: 'pending' | 'succeeded' | 'canceled';
  amountKopecks: number;
}
