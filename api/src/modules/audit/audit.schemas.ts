import { z } from '@hono/zod-openapi';
import { periodBound } from '../../platform/http/period-filter';

export const AuditRecordSchema = z
  .object({
    id: z.string(),
    at: z.string().openapi({ format: 'date-time' }),
    actor: z.object({
      id: z.uuid().nullable().openapi({ description: 'The staff member; null when nobody was signed in (a failed login, the system)' }),
      label: z.string().openapi({ description: 'Their e-mail then, or the login tried, or `system`' }),
    }),
    action: z.string().openapi({ example: 'order.refund' }),
    entityType: z.string().openapi({ example: 'order' }),
    entityId: z.string().nullable(),
    ip: z.string().nullable(),
    requestId: z.string().nullable(),
    before: z.record(z.string(), z.unknown()).nullable().openapi({ description: 'The changed fields before the action' }),
    after: z.record(z.string(), z.unknown()).nullable().openapi({ description: 'The changed fields after it' }),
  })
  .openapi('AuditRecord');

export const AuditListSchema = z
  .object({
    items: z.array(AuditRecordSchema),
    nextCursor: z.string().nullable().openapi({ description: 'Pass as `cursor` for older rows; null on the last page' }),
  })
  .openapi('AuditList');

export const AuditQuery = z.object({
  actorId: z.uuid({ message: 'must be a staff user id' }).optional().openapi({ param: { name: 'actorId', in: 'query' } }),
  entityType: z.string().regex(/^[a-z_]{1,40}$/, { message: 'must be an entity type such as order' }).optional()
    .openapi({ param: { name: 'entityType', in: 'query' }, example: 'order' }),
  entityId: z.string().min(1).max(100).optional().openapi({ param: { name: 'entityId', in: 'query' } }),
  action: z.string().regex(/^[a-z_]+(\.[a-z_]*)*$/, { message: 'must be an action such as order.refund, or a prefix such as order.' }).max(80).optional()
    .openapi({ param: { name: 'action', in: 'query' }, description: 'An action (`order.refund`) or, ending in a dot, every action of an entity (`order.`)' }),
  dateFrom: periodBound('dateFrom', 'At or after this instant (a bare date is that Moscow day)'),
  dateTo: periodBound('dateTo', 'Before this instant (a bare date includes that Moscow day)'),
  cursor: z.string().regex(/^\d{1,19}$/, { message: 'is not a cursor this API issued' }).optional().openapi({ param: { name: 'cursor', in: 'query' } }),
  limit: z.coerce.number().int().min(1).max(200).default(50).openapi({ param: { name: 'limit', in: 'query' } }),
});
