import type { JobHandler } from '../../platform/jobs/jobs';
import type { DocumentsService } from './documents.service';

export const DOCUMENT_TOPICS = {
  orderPaid: 'documents.order_paid',
  orderRefunded: 'documents.order_refunded',
  /** Staff asked to bring an order's documents up to date (the CRM's regenerate). */
  regenerate: 'documents.regenerate',
} as const;

function stringField(payload: Record<string, unknown>, name: string): string {
  const value = payload[name];
  if (typeof value !== 'string' || value.length === 0) throw new Error(`job payload lacks ${name}`);
  return value;
}

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
    [
      DOCUMENT_TOPICS.orderPaid,
      async (job, tx) => {
        await documents.issueForPaidOrder(stringField(job.payload, 'orderId'), tx);
      },
    ],
    [
      DOCUMENT_TOPICS.orderRefunded,
      async (job, tx) => {
        await documents.issueForRefund(stringField(job.payload, 'orderId'), stringField(job.payload, 'refundId'), tx);
      },
    ],
    [
      DOCUMENT_TOPICS.regenerate,
      async (job, tx) => {
        await documents.regenerateForOrder(stringField(job.payload, 'orderId'), tx);
      },
    ],
  ]);
}
