import { Hono } from 'hono';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Logger } from './platform/logger';
import type { AppEnv } from './platform/http/app-env';
import { createRouter } from './platform/http/router';
import { requestContext } from './platform/http/request-context';
import { apiDocsRouter } from './platform/http/api-docs';
import { API_BASE_PATH } from './platform/http/base-path';
import { CommonErrors } from './platform/errors/app-error';
import { problemResponse, toProblem } from './platform/errors/problem';
import { catalogRouter } from './modules/catalog/catalog.router';
import { seatingRouter } from './modules/seating/seating.router';
import { ordersRouter } from './modules/orders/orders.router';
import { paymentsRouter } from './modules/payments/payments.router';
import { ticketsRouter } from './modules/tickets/tickets.router';
import { refundsRouter } from './modules/refunds/refunds.router';
import { healthRouter } from './modules/health/health.router';
import { customersRouter } from './modules/customers/customers.router';
import { documentsRouter } from './modules/documents/documents.router';
import { staffAuthRouter } from './modules/staff/staff-auth.router';
import { staffUsersRouter } from './modules/staff/staff-users.router';
import { auditRouter } from './modules/audit/audit.router';
import { adminOrdersRouter } from './modules/orders/admin/admin-orders.router';
import { catalogAdminRouters } from './modules/catalog/admin/catalog-admin.router';
import { promoCodesRouter } from './modules/orders/admin/promo-codes.router';
import { requisitesAdminRouter } from './modules/documents/admin/requisites-admin.router';
import { templatesAdminRouter } from './modules/notifications/admin/templates-admin.router';
import { deadJobsRouter } from './modules/operations/dead-jobs.router';
import type { Services } from './services';
import type { IpList } from './platform/http/ip-list';

export const API_VERSION = '0.1.0';

/** The versioned public API: every module's router, mounted at `/api/v1`. */
export function createApiRouter(): OpenAPIHono<AppEnv> {
  const api = createRouter();
  api.route('/', catalogRouter);
  api.route('/', seatingRouter);
  api.route('/', ordersRouter);
  api.route('/', paymentsRouter);
  api.route('/', ticketsRouter);
  api.route('/', refundsRouter);
  api.route('/', customersRouter);
  api.route('/', documentsRouter);
  // The CRM (/admin/…): every route declares its permission through adminRoute().
  api.route('/', staffAuthRouter);
  api.route('/', staffUsersRouter);
  api.route('/', auditRouter);
  api.route('/', adminOrdersRouter);
  for (const router of catalogAdminRouters) api.route('/', router);
  // Promo codes are the orders module's; their routes stay where the document had them.
  api.route('/', promoCodesRouter);
  // Settings live with the module they configure; mounted together, in the CRM's order.
  api.route('/', requisitesAdminRouter);
  api.route('/', templatesAdminRouter);
  api.route('/', deadJobsRouter);
  return api;
}

/**
 * The OpenAPI 3.1 document of `/api/v1`, produced from the route definitions alone (no server,
 * no database), which is what `npm run gen` writes to openapi/openapi.json.
 */
export function buildOpenApiDocument() {
  return createApiRouter().getOpenAPI31Document({
    openapi: '3.1.0',
    info: {
      title: 'Prichal API',
      version: API_VERSION,
      description:
        'Tickets for water excursions, events on the water and boat rentals in St Petersburg. ' +
        'Money is integer kopecks (RUB); times are UTC with Europe/Moscow local copies; errors are ' +
        'RFC 9457 problem details with a stable `code`.',
    },
    servers: [{ url: API_BASE_PATH }],
  });
}

export interface AppDependencies {
  logger: Logger;
  services: Services;
  /** Our reverse proxies, whose X-Forwarded-For is believed (TRUSTED_PROXIES). */
  trustedProxies?: IpList | undefined;
}

/**
 * The whole HTTP application: request context, the versioned API, its document and docs page,
 * health probes, and one error handler that renders every failure as problem details.
 */
export function createApp(deps: AppDependencies): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use('*', requestContext({ logger: deps.logger, trustedProxies: deps.trustedProxies }));
  app.use('*', async function provideServices(c, next) {
    c.set('services', deps.services);
    await next();
  });

  app.use(`${API_BASE_PATH}/admin/*`, async function catalogChangesClearCatalogAnswers(c, next) {
    await next();
    // Staff changes are rare, and any of them may show in the shop's catalog: start afresh.
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD' && c.res.status < 400) deps.services.catalogResponses.clear();
  });

  const document = buildOpenApiDocument();
  const api = createApiRouter();
  api.get('/openapi.json', (c) => c.json(document, 200));
  app.route(API_BASE_PATH, api);
  app.route('/api', apiDocsRouter(`${API_BASE_PATH}/openapi.json`));
  app.route('/', healthRouter);

  app.notFound((c) => {
    const problem = toProblem(CommonErrors.routeNotFound(c.req.method, c.req.path), c.get('requestId'));
    return problemResponse(problem);
  });
  app.onError((error, c) => {
    const problem = toProblem(error, c.get('requestId'));
    const logger = c.get('logger') ?? deps.logger;
    if (problem.status >= 500) logger.error({ err: error }, 'request failed');
    return problemResponse(problem);
  });
  return app;
}
