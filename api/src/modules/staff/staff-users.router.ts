import { createRouter } from '../../platform/http/router';
import { auditContextOf, currentStaff } from './staff-request';
import { SECTIONS } from './permissions';
import {
  createStaffUserRoute, getStaffUserRoute, listStaffUsersRoute, resetStaffPasswordRoute, setStaffGrantsRoute, updateStaffUserRoute,
} from './staff-users.routes';

export const staffUsersRouter = createRouter()
  .openapi(listStaffUsersRoute, async (c) => c.json({ items: await c.var.services.staff.users.list(), sections: [...SECTIONS] }, 200))
  .openapi(createStaffUserRoute, async (c) =>
    c.json(await c.var.services.staff.users.create(auditContextOf(c), currentStaff(c), c.req.valid('json')), 201))
  .openapi(getStaffUserRoute, async (c) => c.json(await c.var.services.staff.users.get(c.req.valid('param').userId), 200))
  .openapi(updateStaffUserRoute, async (c) =>
    c.json(await c.var.services.staff.users.update(auditContextOf(c), currentStaff(c), c.req.valid('param').userId, c.req.valid('json')), 200))
  .openapi(setStaffGrantsRoute, async (c) =>
    c.json(await c.var.services.staff.users.setGrants(auditContextOf(c), currentStaff(c), c.req.valid('param').userId, c.req.valid('json').grants), 200))
  .openapi(resetStaffPasswordRoute, async (c) =>
    c.json(await c.var.services.staff.users.resetPassword(auditContextOf(c), currentStaff(c), c.req.valid('param').userId, c.req.valid('json').password), 200));
