import { z } from '@hono/zod-openapi';
import { jsonBody, jsonResponse } from '../../../platform/http/openapi-content';
import { problemResponses } from '../../../platform/http/problem-responses';
import { RefundSchema } from '../../refunds/refunds.routes';
import { adminRoute } from '../../staff/admin-route';
import {
  AdminOrderDocumentParams, AdminOrderListQuery, AdminOrderListSchema, AdminOrderParams, AdminOrderSchema, AdminRefundBody, CancelOrderBody, CreateAdminOrderBody,
  CreateAdminOrderResultSchema, ExportQuery, IdempotencyKeyHeader, QueuedSchema, ResendBody, SetOrderStatusBody,
} from './admin-orders.schemas';

const LangQuery = AdminOrderListQuery.pick({ lang: true });

export const listAdminOrdersRoute = adminRoute('orders:read', {
  method: 'get',
  path: '/admin/orders',
  operationId: 'listAdminOrders',
  tags: ['admin-orders'],
  summary: 'Search orders: status, sailing, e-mail, phone, period, customer lookup; sorted, paged by cursor',
  request: { query: AdminOrderListQuery },
  responses: { 200: jsonResponse(AdminOrderListSchema, 'A page of orders'), ...problemResponses(400) },
});

export const exportAdminOrdersRoute = adminRoute('customers:read', {
  method: 'get',
  path: '/admin/orders/export',
  operationId: 'exportAdminOrders',
  tags: ['admin-orders'],
  summary: 'The matching orders with customer contacts as CSV (an export of personal data, audited)',
  request: { query: ExportQuery },
  responses: {
    200: { description: 'CSV, UTF-8 with BOM', content: { 'text/csv': { schema: z.string() } } },
    ...problemResponses(400),
  },
});

export const getAdminOrderRoute = adminRoute('orders:read', {
  method: 'get',
  path: '/admin/orders/{orderId}',
  operationId: 'getAdminOrder',
  tags: ['admin-orders'],
  summary: 'The order page: lines, seats, tickets, customer contacts, payment, refunds, history, audit, documents, messages',
  request: { params: AdminOrderParams, query: LangQuery },
  responses: { 200: jsonResponse(AdminOrderSchema, 'The order'), ...problemResponses(400, 404) },
});

export const createAdminOrderRoute = adminRoute('orders:write', {
  method: 'post',
  path: '/admin/orders',
  operationId: 'createAdminOrder',
  tags: ['admin-orders'],
  summary: 'Make an order for a customer: hold the seats, create the order, send the customer the payment link',
  request: { headers: IdempotencyKeyHeader, body: jsonBody(CreateAdminOrderBody), query: LangQuery },
  responses: {
    201: jsonResponse(CreateAdminOrderResultSchema, 'The order, held through its payment window, and its payment page'),
    200: jsonResponse(CreateAdminOrderResultSchema, 'The order an earlier request with this Idempotency-Key made'),
    ...problemResponses(400, 404, 409, 422, 503),
  },
});

export const setAdminOrderStatusRoute = adminRoute('orders:write', {
  method: 'post',
  path: '/admin/orders/{orderId}/status',
  operationId: 'setAdminOrderStatus',
  tags: ['admin-orders'],
  summary: 'Set the status by hand, along the state machine only (PAID: confirm the payment service’s payment; CANCELLED)',
  request: { params: AdminOrderParams, body: jsonBody(SetOrderStatusBody), query: LangQuery },
  responses: { 200: jsonResponse(AdminOrderSchema, 'The order'), ...problemResponses(400, 404, 409, 422, 502, 503) },
});

export const cancelAdminOrderRoute = adminRoute('orders:write', {
  method: 'post',
  path: '/admin/orders/{orderId}/cancel',
  operationId: 'cancelAdminOrder',
  tags: ['admin-orders'],
  summary: 'Cancel an unpaid order: its seats go back on sale at once (paid orders are refunded instead)',
  request: { params: AdminOrderParams, body: jsonBody(CancelOrderBody), query: LangQuery },
  responses: { 200: jsonResponse(AdminOrderSchema, 'The cancelled order'), ...problemResponses(400, 404, 409) },
});

export const refundAdminOrderRoute = adminRoute('refunds:write', {
  method: 'post',
  path: '/admin/orders/{orderId}/refunds',
  operationId: 'refundAdminOrder',
  tags: ['admin-orders'],
  summary: 'Refund the order or chosen tickets in full — until 24 hours before departure, as for the buyer',
  request: { params: AdminOrderParams, headers: IdempotencyKeyHeader, body: jsonBody(AdminRefundBody) },
  responses: { 200: jsonResponse(RefundSchema, 'The refund (succeeded, or pending at the payment service)'), ...problemResponses(400, 404, 409, 422, 502, 503) },
});

export const resendAdminOrderRoute = adminRoute('orders:write', {
  method: 'post',
  path: '/admin/orders/{orderId}/resend',
  operationId: 'resendAdminOrderMessage',
  tags: ['admin-orders'],
  summary: 'Send the confirmation, e-tickets, documents or payment link to the customer again',
  request: { params: AdminOrderParams, body: jsonBody(ResendBody) },
  responses: { 202: jsonResponse(QueuedSchema, 'Queued'), ...problemResponses(400, 404, 409) },
});

export const regenerateAdminOrderDocumentsRoute = adminRoute('documents:write', {
  method: 'post',
  path: '/admin/orders/{orderId}/documents/regenerate',
  operationId: 'regenerateAdminOrderDocuments',
  tags: ['admin-orders'],
  summary: 'Issue the order’s invoice and act again',
  request: { params: AdminOrderParams },
  responses: { 202: jsonResponse(QueuedSchema, 'Queued'), ...problemResponses(400, 404, 409) },
});

export const getAdminOrderDocumentRoute = adminRoute('documents:read', {
  method: 'get',
  path: '/admin/orders/{orderId}/documents/{documentId}',
  operationId: 'getAdminOrderDocument',
  tags: ['admin-orders'],
  summary: 'One of the order’s documents (invoice, act, refund act) as PDF, exactly as last rendered',
  request: { params: AdminOrderDocumentParams },
  responses: {
    200: { description: 'The PDF', content: { 'application/pdf': { schema: z.string().openapi({ format: 'binary' }) } } },
    ...problemResponses(400, 404),
  },
});
