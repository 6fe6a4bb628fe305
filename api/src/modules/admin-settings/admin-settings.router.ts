import { createRouter } from '../../platform/http/router';
import { auditContextOf } from '../staff/staff-request';
import {
  getRequisitesRoute, getTemplateRoute, listDeadJobsRoute, listTemplatesRoute, replayDeadJobRoute, updateRequisitesRoute, updateTemplateRoute,
} from './admin-settings.routes';

export const adminSettingsRouter = createRouter()
  .openapi(getRequisitesRoute, async (c) => c.json(await c.var.services.adminSettings.requisites(), 200))
  .openapi(updateRequisitesRoute, async (c) => c.json(await c.var.services.adminSettings.updateRequisites(auditContextOf(c), c.req.valid('json')), 200))
  .openapi(listTemplatesRoute, async (c) => c.json({ items: await c.var.services.adminSettings.templates(c.req.valid('query')) }, 200))
  .openapi(getTemplateRoute, async (c) => {
    const { type, locale, channel } = c.req.valid('param');
    return c.json(await c.var.services.adminSettings.template(type, locale, channel), 200);
  })
  .openapi(updateTemplateRoute, async (c) => {
    const { type, locale, channel } = c.req.valid('param');
    return c.json(await c.var.services.adminSettings.updateTemplate(auditContextOf(c), { type, locale, channel }, c.req.valid('json')), 200);
  })
  .openapi(listDeadJobsRoute, async (c) => c.json({ items: await c.var.services.adminSettings.deadJobs() }, 200))
  .openapi(replayDeadJobRoute, async (c) => c.json(await c.var.services.adminSettings.replay(auditContextOf(c), c.req.valid('param').jobId), 200));
