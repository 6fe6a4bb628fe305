import type { Context } from 'hono';
import { createRouter } from '../../../platform/http/router';
import { resolveLang, type Lang } from '../../../platform/http/locale';
import { periodInstant } from '../../../platform/http/period-filter';
import type { AppEnv } from '../../../platform/http/app-env';
import { auditContextOf } from '../../staff/staff-request';
import type { z } from '@hono/zod-openapi';
import type { ExportQuery } from './admin-orders.schemas';
import type { OrderSearch } from './order-search';
import {
  cancelAdminOrderRoute, createAdminOrderRoute, exportAdminOrdersRoute, getAdminOrderDocumentRoute, getAdminOrderRoute, listAdminOrdersRoute,
  refundAdminOrderRoute, regenerateAdminOrderDocumentsRoute, resendAdminOrderRoute, setAdminOrderStatusRoute,
} from './admin-orders.routes';

const langOf = (c: Context<AppEnv>, lang: Lang | undefined) => resolveLang(lang, c.req.header('accept-language'));

function searchOf(query: z.infer<typeof ExportQuery> & { cursor?: string | undefined }): Omit<OrderSearch, 'limit'> {
  return {
    statuses: query.status,
    eventId: query.eventId,
    email: query.email,
    phone: query.phone,
    from: query.dateFrom ? periodInstant(query.dateFrom, false) : undefined,
    to: query.dateTo ? periodInstant(query.dateTo, true) : undefined,
    q: query.q,
    sort: query.sort,
    cursor: query.cursor,
  };
}

export const adminOrdersRouter = createRouter()
  .openapi(listAdminOrdersRoute, async (c) => {
    const query = c.req.valid('query');
    return c.json(await c.var.services.adminOrders.service.list({ ...searchOf(query), limit: query.limit }, langOf(c, query.lang)), 200);
  })
  // Before /admin/orders/{orderId}, which would otherwise take "export" for an order id.
  .openapi(exportAdminOrdersRoute, async (c) => {
    const query = c.req.valid('query');
    const csv = await c.var.services.adminOrders.service.exportCsv(auditContextOf(c), { ...searchOf(query), limit: query.limit });
    c.header('Content-Disposition', `attachment; filename="orders-${new Date().toISOString().slice(0, 10)}.csv"`);
    return c.body(csv, 200, { 'content-type': 'text/csv; charset=utf-8' });
  })
  .openapi(getAdminOrderRoute, async (c) =>
    c.json(await c.var.services.adminOrders.service.get(c.req.valid('param').orderId, langOf(c, c.req.valid('query').lang)), 200))
  .openapi(createAdminOrderRoute, async (c) => {
    const result = await c.var.services.adminOrders.checkout.create(
      auditContextOf(c), c.req.valid('header')['idempotency-key'], c.req.valid('json'), langOf(c, c.req.valid('query').lang),
    );
    const body = { order: result.order, paymentUrl: result.paymentUrl };
    return result.created ? c.json(body, 201) : c.json(body, 200);
  })
  .openapi(setAdminOrderStatusRoute, async (c) => {
    const { status, reason } = c.req.valid('json');
    const order = await c.var.services.adminOrders.service.setStatus(
      auditContextOf(c), c.req.valid('param').orderId, status, reason, langOf(c, c.req.valid('query').lang),
    );
    return c.json(order, 200);
  })
  .openapi(cancelAdminOrderRoute, async (c) => {
    const order = await c.var.services.adminOrders.service.cancel(
      auditContextOf(c), c.req.valid('param').orderId, c.req.valid('json').reason, langOf(c, c.req.valid('query').lang),
    );
    return c.json(order, 200);
  })
  .openapi(refundAdminOrderRoute, async (c) => {
    const refund = await c.var.services.adminOrders.service.refund(
      auditContextOf(c), c.req.valid('param').orderId, c.req.valid('json'), c.req.valid('header')['idempotency-key'],
    );
    return c.json(refund, 200);
  })
  .openapi(resendAdminOrderRoute, async (c) => {
    const { what } = c.req.valid('json');
    await c.var.services.adminOrders.service.resend(auditContextOf(c), c.req.valid('param').orderId, what);
    return c.json({ queued: true as const, what }, 202);
  })
  .openapi(regenerateAdminOrderDocumentsRoute, async (c) => {
    await c.var.services.adminOrders.service.regenerateDocuments(auditContextOf(c), c.req.valid('param').orderId);
    return c.json({ queued: true as const, what: 'documents' }, 202);
  })
  .openapi(getAdminOrderDocumentRoute, async (c) => {
    const { orderId, documentId } = c.req.valid('param');
    const file = await c.var.services.adminOrders.service.documentPdf(orderId, documentId);
    c.header('Content-Disposition', `inline; filename="${file.filename}"`);
    return c.body(new Uint8Array(file.content), 200, { 'Content-Type': 'application/pdf' });
  });
