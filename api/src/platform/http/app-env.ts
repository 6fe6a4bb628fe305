import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from '../logger';
import type { Services } from '../../services';

/** Typed `c.var` for every router of the API. */
export interface AppEnv {
  /** Set by @hono/node-server; absent when the app is called as a plain fetch handler. */
  Bindings: { incoming?: IncomingMessage; outgoing?: ServerResponse };
  Variables: {
    requestId: string;
    /** The caller's address, behind trusted proxies included (request-context.ts). */
    clientIp: string | null;
    logger: Logger;
    services: Services;
  };
}
