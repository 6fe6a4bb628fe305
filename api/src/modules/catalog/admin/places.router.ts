import { createRouter } from '../../../platform/http/router';
import { auditContextOf } from '../../staff/staff-request';
import {
  createBerthRoute, createCategoryRoute, createRouteRoute, createTicketTypeRoute, deleteBerthRoute, deleteRouteRoute, deleteTicketTypeRoute,
  listBerthsRoute, listCategoriesRoute, listRoutesRoute, listTicketTypesRoute, updateBerthRoute, updateCategoryRoute, updateRouteRoute,
  updateTicketTypeRoute,
} from './places.routes';

export const placesRouter = createRouter()
  .openapi(listBerthsRoute, async (c) => c.json({ items: await c.var.services.catalogAdmin.places.listBerths() }, 200))
  .openapi(createBerthRoute, async (c) => c.json(await c.var.services.catalogAdmin.places.createBerth(auditContextOf(c), c.req.valid('json')), 201))
  .openapi(updateBerthRoute, async (c) =>
    c.json(await c.var.services.catalogAdmin.places.updateBerth(auditContextOf(c), c.req.valid('param').berthId, c.req.valid('json')), 200))
  .openapi(deleteBerthRoute, async (c) => {
    const { berthId } = c.req.valid('param');
    await c.var.services.catalogAdmin.places.deleteBerth(auditContextOf(c), berthId);
    return c.json({ id: berthId, deleted: true as const }, 200);
  })
  .openapi(listRoutesRoute, async (c) => c.json({ items: await c.var.services.catalogAdmin.places.listRoutes() }, 200))
  .openapi(createRouteRoute, async (c) => c.json(await c.var.services.catalogAdmin.places.createRoute(auditContextOf(c), c.req.valid('json')), 201))
  .openapi(updateRouteRoute, async (c) =>
    c.json(await c.var.services.catalogAdmin.places.updateRoute(auditContextOf(c), c.req.valid('param').routeId, c.req.valid('json')), 200))
  .openapi(deleteRouteRoute, async (c) => {
    const { routeId } = c.req.valid('param');
    await c.var.services.catalogAdmin.places.deleteRoute(auditContextOf(c), routeId);
    return c.json({ id: routeId, deleted: true as const }, 200);
  })
  .openapi(listTicketTypesRoute, async (c) => c.json({ items: await c.var.services.catalogAdmin.ticketTypes.listTicketTypes() }, 200))
  .openapi(createTicketTypeRoute, async (c) =>
    c.json(await c.var.services.catalogAdmin.ticketTypes.createTicketType(auditContextOf(c), c.req.valid('json')), 201))
  .openapi(updateTicketTypeRoute, async (c) =>
    c.json(await c.var.services.catalogAdmin.ticketTypes.updateTicketType(auditContextOf(c), c.req.valid('param').ticketTypeId, c.req.valid('json')), 200))
  .openapi(deleteTicketTypeRoute, async (c) => {
    const { ticketTypeId } = c.req.valid('param');
    await c.var.services.catalogAdmin.ticketTypes.deleteTicketType(auditContextOf(c), ticketTypeId);
    return c.json({ id: ticketTypeId, deleted: true as const }, 200);
  })
  .openapi(listCategoriesRoute, async (c) => c.json({ items: await c.var.services.catalogAdmin.ticketTypes.listCategories() }, 200))
  .openapi(createCategoryRoute, async (c) =>
    c.json(await c.var.services.catalogAdmin.ticketTypes.createCategory(auditContextOf(c), c.req.valid('json')), 201))
  .openapi(updateCategoryRoute, async (c) =>
    c.json(await c.var.services.catalogAdmin.ticketTypes.updateCategory(auditContextOf(c), c.req.valid('param').categoryId, c.req.valid('json')), 200));
