import { AppError } from '../../platform/errors/app-error';

export const RefundErrors = {
  windowClosed: (orderId: string, deadline: Date) =>
    new AppError('refund_window_closed', 422, {
      detail: `Refunds for this sailing closed at ${deadline.toISOString()} (24 hours before departure)`,
      params: { orderId, deadline: deadline.toISOString() },
    }),
  notRefundable: (orderId: string, status: string) =>
    new AppError('order_not_refundable', 409, { detail: `An order in status ${status} cannot be refunded`, params: { orderId, status } }),
  ticketsNotRefundable: (tickets: string[]) =>
    new AppError('tickets_not_refundable', 409, {
      detail: 'These tickets are not in this order, were used, or are already refunded or being refunded',
      params: { tickets },
    }),
  keyRequired: () =>
    new AppError('validation_failed', 400, {
      detail: 'Invalid request: header.idempotency-key — is required for a refund',
      errors: [{ path: 'header.idempotency-key', message: 'is required' }],
    }),
  keyReused: () => new AppError('idempotency_key_reused', 422, { detail: 'This Idempotency-Key was used for a different refund request' }),
};
