import { AppError } from '../../platform/errors/app-error';

export const PaymentErrors = {
  notPayable: (orderId: string, status: string) =>
    new AppError('order_not_payable', 409, { detail: `An order in status ${status} cannot be paid`, params: { orderId, status } }),
  windowClosed: (orderId: string) =>
    new AppError('payment_window_closed', 409, { detail: 'The time to pay for this order has run out', params: { orderId } }),
  notConfirmed: (orderId: string, gatewayStatus: string | null) =>
    new AppError('payment_not_confirmed', 409, {
      detail: gatewayStatus ? `The payment service reports this payment as ${gatewayStatus}, not succeeded` : 'This order has no payment at the payment service',
      params: { orderId, gatewayStatus },
    }),
  notConfigured: () => new AppError('payments_not_configured', 503, { detail: 'Payments are not configured on this server' }),
  forbiddenSender: () => new AppError('forbidden_sender', 403, { detail: 'Notifications are accepted only from the payment service' }),
  malformedNotification: () =>
    new AppError('validation_failed', 400, {
      detail: 'Invalid request: body — not a payment notification',
      errors: [{ path: 'body', message: 'must be {type: "notification", event, object: {id}}' }],
    }),
};
