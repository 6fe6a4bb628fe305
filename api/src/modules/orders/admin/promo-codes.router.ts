import { createRouter } from '../../../platform/http/router';
import { auditContextOf } from '../../staff/staff-request';
import { createPromoRoute, listPromosRoute, updatePromoRoute } from './promo-codes.routes';

/** The CRM's promo codes. Mounted right after catalog management's routers, where they were, so the API document keeps its order. */
export const promoCodesRouter = createRouter()
  .openapi(listPromosRoute, async (c) => c.json({ items: await c.var.services.adminOrders.promoCodes.list() }, 200))
  .openapi(createPromoRoute, async (c) => c.json(await c.var.services.adminOrders.promoCodes.create(auditContextOf(c), c.req.valid('json')), 201))
  .openapi(updatePromoRoute, async (c) =>
    c.json(await c.var.services.adminOrders.promoCodes.update(auditContextOf(c), c.req.valid('param').promoId, c.req.valid('json')), 200));
