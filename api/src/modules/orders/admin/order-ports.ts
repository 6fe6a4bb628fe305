import type { Queryable } from '../../../platform/db/sql-client';

/**
 * Where the orders console meets the documents and notifications modules: they implement these
 * (documents/order-documents.port.ts, notifications/order-notifications.port.ts), and
 * services.ts hands them in. Work they do later is queued as an outbox row in the caller's
 * transaction, so it commits with the action's audit row or not at all.
 */

export interface OrderDocument {
  id: string;
  kind: 'invoice' | 'act' | 'refund_act';
  number: string;
  issuedAt: string;
  issuedAtLocal: string;
  status: 'issued' | 'partially_refunded' | 'refunded';
  filename: string;
  /** The PDF through the CRM (`documents:read`): GET /admin/orders/{orderId}/documents/{documentId}. */
  url: string;
}

export interface SentNotification {
  id: string;
  kind: string;
  channel: 'email' | 'max' | 'telegram' | 'whatsapp';
  recipient: string;
  status: 'queued' | 'sent' | 'failed';
  attempts: number;
  error: string | null;
  /** When it was sent, or (not sent yet) when it was first tried. */
  at: string;
}

export interface PdfDownload {
  filename: string;
  content: Buffer;
}

export interface OrderDocumentsPort {
  /** The order's invoice, act and refund acts, oldest first. */
  list(orderId: string): Promise<OrderDocument[]>;
  /** One of the order's documents as issued (a document of another order is not found). */
  pdf(orderId: string, documentId: string): Promise<PdfDownload>;
  /** Queues issuing what is missing and re-rendering the rest with the current requisites, in the caller's transaction. */
  regenerate(tx: Queryable, orderId: string): Promise<void>;
}

export type ResendKind = 'confirmation' | 'tickets' | 'documents' | 'payment_link';

export interface OrderNotificationsPort {
  /** Messages sent (or being sent) about the order, one per channel, oldest first. */
  sent(orderId: string): Promise<SentNotification[]>;
  /** Queues a message about the order, in the caller's transaction. */
  resend(tx: Queryable, orderId: string, what: ResendKind): Promise<void>;
}
