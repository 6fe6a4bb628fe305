import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../../platform/http/app-env';
import { placesRouter } from './places.router';
import { sailingsRouter } from './sailings.router';
import { settingsRouter } from './settings.router';
import { vesselsRouter } from './vessels.router';

/**
 * The routers of catalog management, each of whose routes declares its permission. Apart from
 * catalog-admin.module.ts so that building the services loads no router (and no Hono).
 *
 * @example
 * for (const router of catalogAdminRouters) api.route('/', router);
 */
export const catalogAdminRouters: Array<OpenAPIHono<AppEnv>> = [placesRouter, vesselsRouter, sailingsRouter, settingsRouter] as Array<OpenAPIHono<AppEnv>>;
