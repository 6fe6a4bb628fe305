import { z } from 'zod';
import { defineTopic } from '../../platform/outbox/topic';

/*
 * The outbox topics the documents module consumes: each asks for an order's PDFs to be issued
 * or brought up to date, in the transaction that marks the job done.
 */

/** An order was paid: its tickets, invoice and act. */
export const ORDER_PAID_DOCUMENTS = defineTopic('documents.order_paid', z.object({ orderId: z.uuid() }));

/** A refund went through: the refund's documents. */
export const ORDER_REFUNDED_DOCUMENTS = defineTopic('documents.order_refunded', z.object({ orderId: z.uuid(), refundId: z.uuid() }));

/** Staff asked to bring an order's documents up to date (the CRM's regenerate). */
export const REGENERATE_DOCUMENTS = defineTopic('documents.regenerate', z.object({ orderId: z.uuid() }));

export const DOCUMENT_EVENTS = [ORDER_PAID_DOCUMENTS, ORDER_REFUNDED_DOCUMENTS, REGENERATE_DOCUMENTS] as const;
