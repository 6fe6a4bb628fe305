import type { JobHandler } from '../../platform/jobs/jobs';
import { consumeInTransaction } from '../../platform/outbox/consumers';
import type { DocumentsService } from './documents.service';
import { ORDER_PAID_DOCUMENTS, ORDER_REFUNDED_DOCUMENTS, REGENERATE_DOCUMENTS } from './documents.events';

/**
 * Consumers of the outbox rows that fulfilment, refund completion and the CRM write. Each runs inside
 * the transaction `handleOnce` opened, so the documents and the processed-message mark commit
 * together; issuing is idempotent besides, so a job that finds its documents does nothing.
 *
 * @example
 * transport.consume(documentJobHandlers(services.documents.service), 'documents');
 */
export function documentJobHandlers(documents: DocumentsService): Map<string, JobHandler> {
  return new Map<string, JobHandler>([
    consumeInTransaction(ORDER_PAID_DOCUMENTS, ({ orderId }, tx) => documents.issueForPaidOrder(orderId, tx).then(() => undefined)),
    consumeInTransaction(ORDER_REFUNDED_DOCUMENTS, ({ orderId, refundId }, tx) => documents.issueForRefund(orderId, refundId, tx).then(() => undefined)),
    consumeInTransaction(REGENERATE_DOCUMENTS, ({ orderId }, tx) => documents.regenerateForOrder(orderId, tx).then(() => undefined)),
  ]);
}
