import { jsonResponse } from '../../platform/http/openapi-content';
import { problemResponses } from '../../platform/http/problem-responses';
import { adminRoute } from '../staff/admin-route';
import { AuditListSchema, AuditQuery } from './audit.schemas';

export const listAuditRoute = adminRoute('audit:read', {
  method: 'get',
  path: '/admin/audit',
  operationId: 'listAudit',
  tags: ['audit'],
  summary: 'The audit trail, newest first: who did what to which entity, when, from where, with the changed fields',
  request: { query: AuditQuery },
  responses: { 200: jsonResponse(AuditListSchema, 'Audit rows'), ...problemResponses(400) },
});
