import { z } from '@hono/zod-openapi';
import { OrderAccessQuery } from '../orders/orders.schemas';

export const DocumentParams = z.object({
  id: z.uuid({ message: 'must be an order id' }).openapi({ param: { name: 'id', in: 'path' } }),
  documentId: z.uuid({ message: 'must be a document id' }).openapi({ param: { name: 'documentId', in: 'path' } }),
});

export const TicketPdfParams = z.object({
  id: z.uuid({ message: 'must be an order id' }).openapi({ param: { name: 'id', in: 'path' } }),
  ticketId: z.uuid({ message: 'must be a ticket id' }).openapi({ param: { name: 'ticketId', in: 'path' } }),
});

export const DocumentAccessQuery = OrderAccessQuery;

export const OrderDocumentSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(['invoice', 'act', 'refund_act']).openapi({ description: 'Счёт, акт, or акт возврата (one per refund)' }),
    number: z.string().openapi({ example: 'СЧ-2026-000001', description: 'Sequential without gaps per kind and year' }),
    issuedAt: z.string().openapi({ format: 'date-time' }),
    issuedAtLocal: z.string().openapi({ description: 'The same instant in Europe/Moscow, with its offset' }),
    status: z.enum(['issued', 'partially_refunded', 'refunded']).openapi({
      description: 'Invoices and acts follow the order’s refunds (their PDFs stay as issued); refund acts are `issued`',
    }),
    refundId: z.uuid().nullable().openapi({ description: 'The refund a refund act documents' }),
    filename: z.string().openapi({ example: 'invoice-2026-000001.pdf' }),
    downloadUrl: z.url().openapi({ description: 'The PDF; send the order access token with it (`?token=` or `Authorization: Bearer`) or the owning customer’s access token (Bearer)' }),
  })
  .openapi('OrderDocument');

export const OrderDocumentListSchema = z.object({ items: z.array(OrderDocumentSchema) }).openapi('OrderDocumentList');

export const PdfContent = { 'application/pdf': { schema: z.string().openapi({ format: 'binary' }) } };
