import { jsonBody, jsonResponse } from '../../../platform/http/openapi-content';
import { problemResponses } from '../../../platform/http/problem-responses';
import { adminRoute } from '../../staff/admin-route';
import {
  GeneralSettingsBody, GeneralSettingsSchema, VatDefaultsBody, VatRateBody, VatRateParams, VatSettingsSchema,
} from './settings.schemas';

const tags = ['settings'];

export const getGeneralSettingsRoute = adminRoute('settings:read', {
  method: 'get', path: '/admin/settings', operationId: 'getAdminSettings', tags, summary: 'Settings changed without a restart: the hold TTL',
  responses: { 200: jsonResponse(GeneralSettingsSchema, 'Settings'), ...problemResponses() },
});
export const updateGeneralSettingsRoute = adminRoute('settings:write', {
  method: 'patch', path: '/admin/settings', operationId: 'updateAdminSettings', tags, summary: 'Change the hold TTL (every API process takes it at once)',
  request: { body: jsonBody(GeneralSettingsBody) },
  responses: { 200: jsonResponse(GeneralSettingsSchema, 'Settings'), ...problemResponses(400) },
});
export const getVatRoute = adminRoute('settings:read', {
  method: 'get', path: '/admin/settings/vat', operationId: 'getAdminVatSettings', tags, summary: 'VAT: the default mode and rate, and the rates',
  responses: { 200: jsonResponse(VatSettingsSchema, 'VAT settings'), ...problemResponses() },
});
export const setVatDefaultsRoute = adminRoute('settings:write', {
  method: 'put', path: '/admin/settings/vat', operationId: 'setAdminVatDefaults', tags, summary: 'Set the default VAT mode and rate for sailings without their own',
  request: { body: jsonBody(VatDefaultsBody) },
  responses: { 200: jsonResponse(VatSettingsSchema, 'VAT settings'), ...problemResponses(400) },
});
export const setVatRateRoute = adminRoute('settings:write', {
  method: 'put', path: '/admin/settings/vat/rates/{percent}', operationId: 'setAdminVatRate', tags, summary: 'Add a VAT rate, or change its label or availability',
  request: { params: VatRateParams, body: jsonBody(VatRateBody) },
  responses: { 200: jsonResponse(VatSettingsSchema, 'VAT settings'), ...problemResponses(400, 409) },
});
