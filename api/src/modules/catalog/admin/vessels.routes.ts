import { jsonBody, jsonResponse } from '../../../platform/http/openapi-content';
import { problemResponses } from '../../../platform/http/problem-responses';
import { adminRoute } from '../../staff/admin-route';
import { DeletedSchema, idParam, listOf } from './catalog-admin.schemas';
import { CreateVesselBody, LayoutSchema, UpdateVesselBody, VesselDetailSchema, VesselSchema } from './vessels.schemas';

const tags = ['catalog-admin'];
const VesselParams = idParam('vesselId', 'vessel');

export const listVesselsRoute = adminRoute('catalog:read', {
  method: 'get', path: '/admin/vessels', operationId: 'listAdminVessels', tags, summary: 'Vessels',
  responses: { 200: jsonResponse(listOf(VesselSchema, 'AdminVesselList'), 'Vessels'), ...problemResponses() },
});
export const createVesselRoute = adminRoute('catalog:write', {
  method: 'post', path: '/admin/vessels', operationId: 'createAdminVessel', tags, summary: 'Add a vessel: a seat layout, or a general-admission capacity',
  request: { body: jsonBody(CreateVesselBody) },
  responses: { 201: jsonResponse(VesselDetailSchema, 'The vessel'), ...problemResponses(400) },
});
export const getVesselRoute = adminRoute('catalog:read', {
  method: 'get', path: '/admin/vessels/{vesselId}', operationId: 'getAdminVessel', tags, summary: 'A vessel with its layout and the seats a layout edit must keep',
  request: { params: VesselParams },
  responses: { 200: jsonResponse(VesselDetailSchema, 'The vessel'), ...problemResponses(400, 404) },
});
export const updateVesselRoute = adminRoute('catalog:write', {
  method: 'patch', path: '/admin/vessels/{vesselId}', operationId: 'updateAdminVessel', tags, summary: 'Rename; change a general-admission capacity',
  request: { params: VesselParams, body: jsonBody(UpdateVesselBody) },
  responses: { 200: jsonResponse(VesselDetailSchema, 'The vessel'), ...problemResponses(400, 404, 409) },
});
export const replaceLayoutRoute = adminRoute('catalog:write', {
  method: 'put', path: '/admin/vessels/{vesselId}/layout', operationId: 'replaceAdminVesselLayout', tags,
  summary: 'Replace the seat layout (decks, rows, seats, categories, accessibility) — never dropping a sold or held seat',
  request: { params: VesselParams, body: jsonBody(LayoutSchema) },
  responses: { 200: jsonResponse(VesselDetailSchema, 'The vessel'), ...problemResponses(400, 404, 409) },
});
export const deleteVesselRoute = adminRoute('catalog:write', {
  method: 'delete', path: '/admin/vessels/{vesselId}', operationId: 'deleteAdminVessel', tags, summary: 'Retire a vessel with no upcoming sailings',
  request: { params: VesselParams },
  responses: { 200: jsonResponse(DeletedSchema, 'Removed'), ...problemResponses(400, 404, 409) },
});
