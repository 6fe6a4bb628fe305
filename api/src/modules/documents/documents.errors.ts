import { AppError } from '../../platform/errors/app-error';

export const DocumentErrors = {
  /** Unknown, and not this order's, look the same: document ids cannot be probed. */
  notFound: (documentId: string) =>
    new AppError('document_not_found', 404, { detail: 'No such document for this order and token', params: { documentId } }),
  ticketNotFound: (ticketId: string) =>
    new AppError('ticket_not_found', 404, { detail: 'No such ticket for this order and token', params: { ticketId } }),
  orderNotPaid: (orderId: string, status: string) =>
    new AppError('order_not_paid', 409, { detail: `Order ${orderId} is ${status}: documents are issued for paid orders`, params: { orderId, status } }),
  refundNotFound: (refundId: string) => new AppError('refund_not_found', 404, { detail: `No refund ${refundId} for this order`, params: { refundId } }),
  refundNotCompleted: (refundId: string, status: string) =>
    new AppError('refund_not_completed', 409, { detail: `Refund ${refundId} is ${status}: a refund act needs a succeeded refund`, params: { refundId, status } }),
};
