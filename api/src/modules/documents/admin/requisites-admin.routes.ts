import { jsonBody, jsonResponse } from '../../../platform/http/openapi-content';
import { problemResponses } from '../../../platform/http/problem-responses';
import { adminRoute } from '../../staff/admin-route';
import { RequisitesSchema } from '../requisites.schemas';

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
