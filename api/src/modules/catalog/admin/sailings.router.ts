import { createRouter } from '../../../platform/http/router';
import { periodInstant } from '../../../platform/http/period-filter';
import { auditContextOf } from '../../staff/staff-request';
import { cancelSailingRoute, createSailingRoute, getSailingRoute, listSailingsRoute, setPriceListRoute, updateSailingRoute } from './sailings.routes';

export const sailingsRouter = createRouter()
  .openapi(listSailingsRoute, async (c) => {
    const q = c.req.valid('query');
    const items = await c.var.services.catalogAdmin.sailings.list({
      from: q.dateFrom ? periodInstant(q.dateFrom, false) : undefined,
      to: q.dateTo ? periodInstant(q.dateTo, true) : undefined,
      status: q.status, routeId: q.routeId, vesselId: q.vesselId, limit: q.limit, offset: q.offset,
    });
    return c.json({ items }, 200);
  })
  .openapi(createSailingRoute, async (c) => c.json(await c.var.services.catalogAdmin.sailings.create(auditContextOf(c), c.req.valid('json')), 201))
  .openapi(getSailingRoute, async (c) => c.json(await c.var.services.catalogAdmin.sailings.get(c.req.valid('param').eventId), 200))
  .openapi(updateSailingRoute, async (c) =>
    c.json(await c.var.services.catalogAdmin.sailings.update(auditContextOf(c), c.req.valid('param').eventId, c.req.valid('json')), 200))
  .openapi(setPriceListRoute, async (c) =>
    c.json(await c.var.services.catalogAdmin.sailings.setPriceList(auditContextOf(c), c.req.valid('param').eventId, c.req.valid('json')), 200))
  .openapi(cancelSailingRoute, async (c) =>
    c.json(await c.var.services.catalogAdmin.cancellation.cancel(auditContextOf(c), c.req.valid('param').eventId, c.req.valid('json').reason), 200));
