import { createRouter } from '../../../platform/http/router';
import { auditContextOf } from '../../staff/staff-request';
import { createVesselRoute, deleteVesselRoute, getVesselRoute, listVesselsRoute, replaceLayoutRoute, updateVesselRoute } from './vessels.routes';

export const vesselsRouter = createRouter()
  .openapi(listVesselsRoute, async (c) => c.json({ items: await c.var.services.catalogAdmin.vessels.list() }, 200))
  .openapi(createVesselRoute, async (c) => c.json(await c.var.services.catalogAdmin.vessels.create(auditContextOf(c), c.req.valid('json')), 201))
  .openapi(getVesselRoute, async (c) => c.json(await c.var.services.catalogAdmin.vessels.get(c.req.valid('param').vesselId), 200))
  .openapi(updateVesselRoute, async (c) =>
    c.json(await c.var.services.catalogAdmin.vessels.update(auditContextOf(c), c.req.valid('param').vesselId, c.req.valid('json')), 200))
  .openapi(replaceLayoutRoute, async (c) =>
    c.json(await c.var.services.catalogAdmin.vessels.replaceLayout(auditContextOf(c), c.req.valid('param').vesselId, c.req.valid('json')), 200))
  .openapi(deleteVesselRoute, async (c) => {
    const { vesselId } = c.req.valid('param');
    await c.var.services.catalogAdmin.vessels.remove(auditContextOf(c), vesselId);
    return c.json({ id: vesselId, deleted: true as const }, 200);
  });
