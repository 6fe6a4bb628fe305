import { jsonBody, jsonResponse } from '../../platform/http/openapi-content';
import { problemResponses } from '../../platform/http/problem-responses';
import { RequisitesSchema } from '../documents/requisites.schemas';
import { adminRoute } from '../staff/admin-route';
import {
  DeadJobListSchema, JobParams, NotificationTemplateListSchema, NotificationTemplateSchema, ReplayedJobSchema, TemplateListQuery, TemplateParams,
  UpdateTemplateBody,
} from './admin-settings.schemas';

const tags = ['settings'];

export const getRequisitesRoute = adminRoute('settings:read', {
  method: 'get', path: '/admin/settings/requisites', operationId: 'getAdminRequisites', tags,
  summary: 'The company requisites every invoice and act prints',
  responses: { 200: jsonResponse(RequisitesSchema, 'The requisites'), ...problemResponses() },
});

export const updateRequisitesRoute = adminRoute('settings:write', {
  method: 'put', path: '/admin/settings/requisites', operationId: 'updateAdminRequisites', tags,
  summary: 'Replace the company requisites (ИНН, ОГРН, КПП, БИК and account control keys are checked); documents issued from now on print them',
  request: { body: jsonBody(RequisitesSchema) },
  responses: { 200: jsonResponse(RequisitesSchema, 'The requisites'), ...problemResponses(400) },
});

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

export const listDeadJobsRoute = adminRoute('settings:read', {
  method: 'get', path: '/admin/jobs/dead', operationId: 'listAdminDeadJobs', tags,
  summary: 'Background jobs (emails, documents…) that failed every attempt, newest first (at most 500)',
  responses: { 200: jsonResponse(DeadJobListSchema, 'Dead jobs'), ...problemResponses() },
});

export const replayDeadJobRoute = adminRoute('settings:write', {
  method: 'post', path: '/admin/jobs/{jobId}/replay', operationId: 'replayAdminDeadJob', tags,
  summary: 'Run a dead job again from its first attempt (consumers are idempotent: what it did already is not done twice)',
  request: { params: JobParams },
  responses: { 200: jsonResponse(ReplayedJobSchema, 'Queued again'), ...problemResponses(400, 404) },
});
