import { createRouter } from '../../../platform/http/router';
import { auditContextOf } from '../../staff/staff-request';
import {
  getGeneralSettingsRoute, getVatRoute, setVatDefaultsRoute, setVatRateRoute, updateGeneralSettingsRoute,
} from './settings.routes';

export const settingsRouter = createRouter()
  .openapi(getGeneralSettingsRoute, (c) => c.json(c.var.services.catalogAdmin.settings.general(), 200))
  .openapi(updateGeneralSettingsRoute, async (c) =>
    c.json(await c.var.services.catalogAdmin.settings.setHoldTtl(auditContextOf(c), c.req.valid('json').holdTtlSeconds), 200))
  .openapi(getVatRoute, async (c) => c.json(await c.var.services.catalogAdmin.settings.vat(), 200))
  .openapi(setVatDefaultsRoute, async (c) => c.json(await c.var.services.catalogAdmin.settings.setVatDefaults(auditContextOf(c), c.req.valid('json')), 200))
  .openapi(setVatRateRoute, async (c) =>
    c.json(await c.var.services.catalogAdmin.settings.setVatRate(auditContextOf(c), c.req.valid('param').percent, c.req.valid('json')), 200));
