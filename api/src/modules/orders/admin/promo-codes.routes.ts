import { z } from '@hono/zod-openapi';
import { jsonBody, jsonResponse } from '../../../platform/http/openapi-content';
import { problemResponses } from '../../../platform/http/problem-responses';
import { adminRoute } from '../../staff/admin-route';
import { CreatePromoBody, PromoSchema, UpdatePromoBody } from './promo-codes.schemas';

// Under the catalog's tag and permissions, as before the routes moved into orders.
const PromoParams = z.object({ promoId: z.uuid({ message: 'must be a promo code id' }).openapi({ param: { name: 'promoId', in: 'path' } }) });
const PromoList = z.object({ items: z.array(PromoSchema) }).openapi('AdminPromoList');

export const listPromosRoute = adminRoute('catalog:read', {
  method: 'get', path: '/admin/promo-codes', operationId: 'listAdminPromoCodes', tags: ['catalog-admin'], summary: 'Promo codes with their use counts',
  responses: { 200: jsonResponse(PromoList, 'Promo codes'), ...problemResponses() },
});
export const createPromoRoute = adminRoute('catalog:write', {
  method: 'post', path: '/admin/promo-codes', operationId: 'createAdminPromoCode', tags: ['catalog-admin'], summary: 'Add a promo code',
  request: { body: jsonBody(CreatePromoBody) },
  responses: { 201: jsonResponse(PromoSchema, 'The promo code'), ...problemResponses(400, 409) },
});
export const updatePromoRoute = adminRoute('catalog:write', {
  method: 'patch', path: '/admin/promo-codes/{promoId}', operationId: 'updateAdminPromoCode', tags: ['catalog-admin'], summary: 'Change a promo code (not its code)',
  request: { params: PromoParams, body: jsonBody(UpdatePromoBody) },
  responses: { 200: jsonResponse(PromoSchema, 'The promo code'), ...problemResponses(400, 404) },
});
