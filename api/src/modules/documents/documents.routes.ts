import { createRoute } from '@hono/zod-openapi';
import { jsonResponse } from '../../platform/http/openapi-content';
import { problemResponses } from '../../platform/http/problem-responses';
import { OrderParams } from '../orders/orders.schemas';
import { DocumentAccessQuery, DocumentParams, OrderDocumentListSchema, PdfContent, TicketPdfParams } from './documents.schemas';

export const listOrderDocumentsRoute = createRoute({
  method: 'get',
  path: '/orders/{id}/documents',
  operationId: 'listOrderDocuments',
  tags: ['documents'],
  summary: "The order's invoice, act and refund acts, for its buyer (order access token or the owning customer's login)",
  request: { params: OrderParams, query: DocumentAccessQuery },
  responses: { 200: jsonResponse(OrderDocumentListSchema, 'Documents issued so far, oldest first'), ...problemResponses(400, 404) },
});

export const getOrderDocumentRoute = createRoute({
  method: 'get',
  path: '/orders/{id}/documents/{documentId}',
  operationId: 'getOrderDocument',
  tags: ['documents'],
  summary: 'One document of the order as PDF, exactly as it was issued',
  request: { params: DocumentParams, query: DocumentAccessQuery },
  responses: { 200: { description: 'The PDF', content: PdfContent }, ...problemResponses(400, 404) },
});

export const getTicketPdfRoute = createRoute({
  method: 'get',
  path: '/orders/{id}/tickets/{ticketId}/pdf',
  operationId: 'getTicketPdf',
  tags: ['documents'],
  summary: "A ticket as a printable PDF with its QR code, in the order's language",
  request: { params: TicketPdfParams, query: DocumentAccessQuery },
  responses: { 200: { description: 'The e-ticket', content: PdfContent }, ...problemResponses(400, 404) },
});
