import { AppError } from '../../platform/errors/app-error';
import type { GatewayPayment, GatewayRefund, PaymentGateway, PaymentRequest } from './payment-gateway';
import { buildReceipt } from '../fiscal/receipt';
import { YooKassaError, type YooKassaClient } from './yookassa.client';
import { fromAmount, toAmount, type Payment, type PaymentMode, type Refund, type TaxSystemCode } from './yookassa.types';

/**
 * The YooKassa adapter of the payment port: one-stage payments with a redirect confirmation
 * and a 54-FZ receipt, refunds with their receipt. Idempotence keys derive from our ids, so a
 * retry after an unknown outcome can never make a second payment.
 */
export class YooKassaGateway implements PaymentGateway {
  constructor(
    private readonly client: YooKassaClient,
    private readonly settings: { paymentMode: PaymentMode; taxSystemCode?: TaxSystemCode | undefined },
  ) {}

  async createPayment(request: PaymentRequest): Promise<GatewayPayment> {
    const payment = await this.call(() =>
      this.client.createPayment(
        {
          amount: toAmount(request.amountKopecks),
          capture: true,
          confirmation: { type: 'redirect', return_url: request.returnUrl },
          description: `Заказ ${request.orderNumber}`,
          metadata: { orderId: request.orderId },
          receipt: buildReceipt(request.lines, request.customer, this.settings),
        },
        `order-${request.orderId}`,
      ),
    );
    return toGatewayPayment(payment);
  }

  async getPayment(paymentId: string): Promise<GatewayPayment | null> {
    try {
      return toGatewayPayment(await this.client.getPayment(paymentId));
    } catch (error) {
      if (error instanceof YooKassaError && error.status === 404) return null;
      throw mapError(error);
    }
  }

  async refund(request: Parameters<PaymentGateway['refund']>[0]): Promise<GatewayRefund> {
    const refund = await this.call(() =>
      this.client.createRefund(
        {
          payment_id: request.paymentId,
          amount: toAmount(request.amountKopecks),
          description: request.reason.slice(0, 250),
          receipt: buildReceipt(request.receipt, request.customer, this.settings),
        },
        `refund-${request.refundKey}`.slice(0, 64),
      ),
    );
    return toGatewayRefund(refund);
  }

  async getRefund(refundId: string): Promise<GatewayRefund | null> {
    try {
      return toGatewayRefund(await this.client.getRefund(refundId));
    } catch (error) {
      if (error instanceof YooKassaError && error.status === 404) return null;
      throw mapError(error);
    }
  }

  private async call<T>(operation: () => Promise<T>): Promise<T> {
    try {
      return await operation();
    } catch (error) {
      throw mapError(error);
    }
  }
}

function toGatewayPayment(payment: Payment): GatewayPayment {
  return {
    id: payment.id,
    status: payment.status,
    amountKopecks: fromAmount(payment.amount),
    incomeKopecks: payment.income_amount ? fromAmount(payment.income_amount) : null,
    currency: payment.amount.currency,
    orderId: payment.metadata?.orderId ?? null,
    confirmationUrl: payment.confirmation?.confirmation_url ?? null,
  };
}

function toGatewayRefund(refund: Refund): GatewayRefund {
  return { id: refund.id, paymentId: refund.payment_id, status: refund.status, amountKopecks: fromAmount(refund.amount) };
}

/** Gateway failures as problems the buyer's screen can explain. */
function mapError(error: unknown): AppError {
  if (!(error instanceof YooKassaError)) return new AppError('payment_gateway_error', 502, { detail: 'The payment service failed' });
  if (error.retryable) {
    return new AppError('payment_gateway_unavailable', 503, { detail: 'The payment service is not answering; try again shortly' });
  }
  return new AppError('payment_gateway_error', 502, {
    detail: 'The payment service refused the request',
    params: { gatewayCode: error.code, ...(error.parameter ? { parameter: error.parameter } : {}) },
  });
}
