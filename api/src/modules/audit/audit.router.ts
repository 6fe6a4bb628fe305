import { createRouter } from '../../platform/http/router';
import { periodInstant } from '../../platform/http/period-filter';
import { listAuditRoute } from './audit.routes';

export const auditRouter = createRouter().openapi(listAuditRoute, async (c) => {
  const query = c.req.valid('query');
  const rows = await c.var.services.audit.list({
    actorId: query.actorId,
    entityType: query.entityType,
    entityId: query.entityId,
    action: query.action,
    from: query.dateFrom ? periodInstant(query.dateFrom, false) : undefined,
    to: query.dateTo ? periodInstant(query.dateTo, true) : undefined,
    beforeId: query.cursor,
    limit: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  return c.json({ items: page, nextCursor: rows.length > query.limit ? (page.at(-1)?.id ?? null) : null }, 200);
});
