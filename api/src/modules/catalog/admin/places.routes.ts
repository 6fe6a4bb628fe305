import { jsonBody, jsonResponse } from '../../../platform/http/openapi-content';
import { problemResponses } from '../../../platform/http/problem-responses';
import { adminRoute } from '../../staff/admin-route';
import {
  BerthInput, BerthSchema, DeletedSchema, idParam, listOf, RouteInput, RouteSchema, SeatCategoryInput, SeatCategorySchema, SeatCategoryUpdate,
  TicketTypeInput, TicketTypeSchema, TicketTypeUpdate,
} from './catalog-admin.schemas';

const tags = ['catalog-admin'];
const BerthParams = idParam('berthId', 'berth');
const RouteParams = idParam('routeId', 'route');
const TicketTypeParams = idParam('ticketTypeId', 'ticket type');
const CategoryParams = idParam('categoryId', 'seat category');

export const listBerthsRoute = adminRoute('catalog:read', {
  method: 'get', path: '/admin/berths', operationId: 'listAdminBerths', tags, summary: 'Berths',
  responses: { 200: jsonResponse(listOf(BerthSchema, 'AdminBerthList'), 'Berths'), ...problemResponses() },
});
export const createBerthRoute = adminRoute('catalog:write', {
  method: 'post', path: '/admin/berths', operationId: 'createAdminBerth', tags, summary: 'Add a berth',
  request: { body: jsonBody(BerthInput) },
  responses: { 201: jsonResponse(BerthSchema, 'The berth'), ...problemResponses(400) },
});
export const updateBerthRoute = adminRoute('catalog:write', {
  method: 'patch', path: '/admin/berths/{berthId}', operationId: 'updateAdminBerth', tags, summary: 'Change a berth',
  request: { params: BerthParams, body: jsonBody(BerthInput.partial()) },
  responses: { 200: jsonResponse(BerthSchema, 'The berth'), ...problemResponses(400, 404) },
});
export const deleteBerthRoute = adminRoute('catalog:write', {
  method: 'delete', path: '/admin/berths/{berthId}', operationId: 'deleteAdminBerth', tags, summary: 'Remove a berth no route uses',
  request: { params: BerthParams },
  responses: { 200: jsonResponse(DeletedSchema, 'Removed'), ...problemResponses(400, 404, 409) },
});

export const listRoutesRoute = adminRoute('catalog:read', {
  method: 'get', path: '/admin/routes', operationId: 'listAdminRoutes', tags, summary: 'Routes with their stops',
  responses: { 200: jsonResponse(listOf(RouteSchema, 'AdminRouteList'), 'Routes'), ...problemResponses() },
});
export const createRouteRoute = adminRoute('catalog:write', {
  method: 'post', path: '/admin/routes', operationId: 'createAdminRoute', tags, summary: 'Add a route',
  request: { body: jsonBody(RouteInput) },
  responses: { 201: jsonResponse(RouteSchema, 'The route'), ...problemResponses(400) },
});
export const updateRouteRoute = adminRoute('catalog:write', {
  method: 'patch', path: '/admin/routes/{routeId}', operationId: 'updateAdminRoute', tags, summary: 'Change a route (stops are replaced when given)',
  request: { params: RouteParams, body: jsonBody(RouteInput.partial()) },
  responses: { 200: jsonResponse(RouteSchema, 'The route'), ...problemResponses(400, 404) },
});
export const deleteRouteRoute = adminRoute('catalog:write', {
  method: 'delete', path: '/admin/routes/{routeId}', operationId: 'deleteAdminRoute', tags, summary: 'Remove a route with no upcoming sailings',
  request: { params: RouteParams },
  responses: { 200: jsonResponse(DeletedSchema, 'Removed'), ...problemResponses(400, 404, 409) },
});

export const listTicketTypesRoute = adminRoute('catalog:read', {
  method: 'get', path: '/admin/ticket-types', operationId: 'listAdminTicketTypes', tags, summary: 'Ticket types',
  responses: { 200: jsonResponse(listOf(TicketTypeSchema, 'AdminTicketTypeList'), 'Ticket types'), ...problemResponses() },
});
export const createTicketTypeRoute = adminRoute('catalog:write', {
  method: 'post', path: '/admin/ticket-types', operationId: 'createAdminTicketType', tags, summary: 'Add a ticket type',
  request: { body: jsonBody(TicketTypeInput) },
  responses: { 201: jsonResponse(TicketTypeSchema, 'The ticket type'), ...problemResponses(400, 409) },
});
export const updateTicketTypeRoute = adminRoute('catalog:write', {
  method: 'patch', path: '/admin/ticket-types/{ticketTypeId}', operationId: 'updateAdminTicketType', tags, summary: 'Change a ticket type (not its code)',
  request: { params: TicketTypeParams, body: jsonBody(TicketTypeUpdate) },
  responses: { 200: jsonResponse(TicketTypeSchema, 'The ticket type'), ...problemResponses(400, 404) },
});
export const deleteTicketTypeRoute = adminRoute('catalog:write', {
  method: 'delete', path: '/admin/ticket-types/{ticketTypeId}', operationId: 'deleteAdminTicketType', tags, summary: 'Retire a ticket type no upcoming sailing sells',
  request: { params: TicketTypeParams },
  responses: { 200: jsonResponse(DeletedSchema, 'Removed'), ...problemResponses(400, 404, 409) },
});

export const listCategoriesRoute = adminRoute('catalog:read', {
  method: 'get', path: '/admin/seat-categories', operationId: 'listAdminSeatCategories', tags, summary: 'Seat categories',
  responses: { 200: jsonResponse(listOf(SeatCategorySchema, 'AdminSeatCategoryList'), 'Seat categories'), ...problemResponses() },
});
export const createCategoryRoute = adminRoute('catalog:write', {
  method: 'post', path: '/admin/seat-categories', operationId: 'createAdminSeatCategory', tags, summary: 'Add a seat category',
  request: { body: jsonBody(SeatCategoryInput) },
  responses: { 201: jsonResponse(SeatCategorySchema, 'The seat category'), ...problemResponses(400, 409) },
});
export const updateCategoryRoute = adminRoute('catalog:write', {
  method: 'patch', path: '/admin/seat-categories/{categoryId}', operationId: 'updateAdminSeatCategory', tags, summary: 'Change a seat category (not its code)',
  request: { params: CategoryParams, body: jsonBody(SeatCategoryUpdate) },
  responses: { 200: jsonResponse(SeatCategorySchema, 'The seat category'), ...problemResponses(400, 404) },
});
