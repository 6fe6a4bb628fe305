import { createRouter } from '../../../platform/http/router';
import { auditContextOf } from '../../staff/staff-request';
import { getRequisitesRoute, updateRequisitesRoute } from './requisites-admin.routes';

/** The CRM's settings page for the company requisites. */
export const requisitesAdminRouter = createRouter()
  .openapi(getRequisitesRoute, async (c) => c.json(await c.var.services.documents.requisitesAdmin.get(), 200))
  .openapi(updateRequisitesRoute, async (c) => c.json(await c.var.services.documents.requisitesAdmin.update(auditContextOf(c), c.req.valid('json')), 200));
