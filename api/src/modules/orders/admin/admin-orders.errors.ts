import { AppError } from '../../../platform/errors/app-error';

export const AdminOrderErrors = {
  invalidCursor: () =>
    new AppError('validation_failed', 400, {
      detail: 'Invalid request: query.cursor — is not a cursor this API issued for this sort',
      errors: [{ path: 'query.cursor', message: 'is not a cursor this API issued for this sort' }],
    }),
  notCancellable: (orderId: string, status: string) =>
    new AppError('order_not_cancellable', 409, {
      detail: `An order in status ${status} cannot be cancelled; a paid order is refunded instead`,
      params: { orderId, status },
    }),
  statusNotSettable: (orderId: string, status: string) =>
    new AppError('order_status_not_settable', 422, {
      detail: status === 'REFUNDED' || status === 'PARTIALLY_REFUNDED'
        ? 'Refunded statuses follow a refund; make the refund instead'
        : `${status} is set by the system, not by hand`,
      params: { orderId, status },
    }),
  paymentNotApplied: (orderId: string, outcome: string) =>
    new AppError('payment_not_applied', 409, {
      detail: outcome === 'amount_mismatch' || outcome === 'under_review'
        ? 'The amount paid does not match the order; it is marked for review'
        : 'The seats were taken after the payment window ended; the payment is being returned in full',
      params: { orderId, outcome },
    }),
  nothingToResend: (orderId: string, what: string, status: string) =>
    new AppError('nothing_to_resend', 409, {
      detail: `There is no ${what} to send for an order in status ${status}`,
      params: { orderId, what, status },
    }),
  noDocuments: (orderId: string, status: string) =>
    new AppError('no_documents', 409, { detail: `An order in status ${status} has no documents`, params: { orderId, status } }),
};
