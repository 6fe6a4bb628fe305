import { jsonBody, jsonResponse } from '../../../platform/http/openapi-content';
import { problemResponses } from '../../../platform/http/problem-responses';
import { adminRoute } from '../../staff/admin-route';
import { idParam, listOf } from './catalog-admin.schemas';
import {
  CancelSailingBody, CancellationSchema, CreateSailingBody, PriceListBody, SailingListQuery, SailingSchema, UpdateSailingBody,
} from './sailings.schemas';

const tags = ['catalog-admin'];
const SailingParams = idParam('eventId', 'sailing');

export const listSailingsRoute = adminRoute('catalog:read', {
  method: 'get', path: '/admin/sailings', operationId: 'listAdminSailings', tags, summary: 'Sailings (cancelled ones included), by departure',
  request: { query: SailingListQuery },
  responses: { 200: jsonResponse(listOf(SailingSchema, 'AdminSailingList'), 'Sailings'), ...problemResponses(400) },
});
export const createSailingRoute = adminRoute('catalog:write', {
  method: 'post', path: '/admin/sailings', operationId: 'createAdminSailing', tags, summary: 'Schedule a sailing with its ticket types and prices',
  request: { body: jsonBody(CreateSailingBody) },
  responses: { 201: jsonResponse(SailingSchema, 'The sailing'), ...problemResponses(400) },
});
export const getSailingRoute = adminRoute('catalog:read', {
  method: 'get', path: '/admin/sailings/{eventId}', operationId: 'getAdminSailing', tags, summary: 'A sailing with its price list',
  request: { params: SailingParams },
  responses: { 200: jsonResponse(SailingSchema, 'The sailing'), ...problemResponses(400, 404) },
});
export const updateSailingRoute = adminRoute('catalog:write', {
  method: 'patch', path: '/admin/sailings/{eventId}', operationId: 'updateAdminSailing', tags,
  summary: 'Change a sailing’s texts, times, route, VAT, or vessel (only while nothing is sold or held)',
  request: { params: SailingParams, body: jsonBody(UpdateSailingBody) },
  responses: { 200: jsonResponse(SailingSchema, 'The sailing'), ...problemResponses(400, 404, 409) },
});
export const setPriceListRoute = adminRoute('catalog:write', {
  method: 'put', path: '/admin/sailings/{eventId}/prices', operationId: 'setAdminSailingPrices', tags,
  summary: 'Replace the ticket types and prices of a sailing (orders already made keep their prices)',
  request: { params: SailingParams, body: jsonBody(PriceListBody) },
  responses: { 200: jsonResponse(SailingSchema, 'The sailing'), ...problemResponses(400, 404, 409) },
});
export const cancelSailingRoute = adminRoute('catalog:write', {
  method: 'post', path: '/admin/sailings/{eventId}/cancel', operationId: 'cancelAdminSailing', tags,
  summary: 'Cancel a sailing: unpaid orders end, every paid order is refunded in full (the 24-hour rule does not apply), every buyer is told',
  request: { params: SailingParams, body: jsonBody(CancelSailingBody) },
  responses: { 200: jsonResponse(CancellationSchema, 'What the cancellation did'), ...problemResponses(400, 404, 409) },
});
