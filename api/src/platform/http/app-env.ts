import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from '../logger';

/**
 * What handlers reach as `c.var.services`. Empty here on purpose: the composition root
 * (services.ts) fills it in by declaration merging, so the HTTP layer never imports the
 * services and the services never sit in an import circle with the routers that use them.
 *
 * @example
 * declare module './platform/http/app-env' {
 *   interface AppServices extends Services {}
 * }
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by declaration merging
export interface AppServices {}

/** Typed `c.var` for every router of the API. */
export interface AppEnv {
  /** Set by @hono/node-server; absent when the app is called as a plain fetch handler. */
  Bindings: { incoming?: IncomingMessage; outgoing?: ServerResponse };
  Variables: {
    requestId: string;
    /** The caller's address, behind trusted proxies included (request-context.ts). */
    clientIp: string | null;
    logger: Logger;
    services: AppServices;
  };
}
