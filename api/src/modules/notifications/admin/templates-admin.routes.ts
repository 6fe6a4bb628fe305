import { jsonBody, jsonResponse } from '../../../platform/http/openapi-content';
import { problemResponses } from '../../../platform/http/problem-responses';
import { adminRoute } from '../../staff/admin-route';
import { NotificationTemplateListSchema, NotificationTemplateSchema, TemplateListQuery, TemplateParams, UpdateTemplateBody } from './templates-admin.schemas';

const tags = ['settings'];

export const listTemplatesRoute = adminRoute('settings:read', {
  method: 'get', path: '/admin/settings/notification-templates', operationId: 'listAdminNotificationTemplates', tags,
  summary: 'Message templates by type, language and channel, with the placeholders each type may use',
  request: { query: TemplateListQuery },
  responses: { 200: jsonResponse(NotificationTemplateListSchema, 'Templates'), ...problemResponses(400) },
});

export const getTemplateRoute = adminRoute('settings:read', {
  method: 'get', path: '/admin/settings/notification-templates/{type}/{locale}/{channel}', operationId: 'getAdminNotificationTemplate', tags,
  summary: 'One message template',
  request: { params: TemplateParams },
  responses: { 200: jsonResponse(NotificationTemplateSchema, 'The template'), ...problemResponses(400, 404) },
});

export const updateTemplateRoute = adminRoute('settings:write', {
  method: 'put', path: '/admin/settings/notification-templates/{type}/{locale}/{channel}', operationId: 'updateAdminNotificationTemplate', tags,
  summary: 'Replace a template’s texts; only the placeholders its type knows are accepted, so it always renders',
  request: { params: TemplateParams, body: jsonBody(UpdateTemplateBody) },
  responses: { 200: jsonResponse(NotificationTemplateSchema, 'The template'), ...problemResponses(400, 404, 422) },
});
