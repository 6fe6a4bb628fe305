import { createRouter } from '../../../platform/http/router';
import { auditContextOf } from '../../staff/staff-request';
import { getTemplateRoute, listTemplatesRoute, updateTemplateRoute } from './templates-admin.routes';

/** The CRM's settings page for message templates. */
export const templatesAdminRouter = createRouter()
  .openapi(listTemplatesRoute, async (c) => c.json({ items: await c.var.services.notifications.templatesAdmin.list(c.req.valid('query')) }, 200))
  .openapi(getTemplateRoute, async (c) => {
    const { type, locale, channel } = c.req.valid('param');
    return c.json(await c.var.services.notifications.templatesAdmin.get(type, locale, channel), 200);
  })
  .openapi(updateTemplateRoute, async (c) => {
    const { type, locale, channel } = c.req.valid('param');
    return c.json(await c.var.services.notifications.templatesAdmin.update(auditContextOf(c), { type, locale, channel }, c.req.valid('json')), 200);
  });
