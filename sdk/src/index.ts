/**
 * The typed client of the Prichal API. The types come from `openapi/openapi.json` (generated
 * into `schema.d.ts`); the SPAs and third-party resellers talk to the API only through this.
 *
 * @example
 * const api = createApiClient({ baseUrl: 'http://localhost:3000', lang: () => 'en' });
 * const page = unwrap(await api.GET('/events', { params: { query: { q: 'Peterhof' } } }));
 */
import createClient, { type Client, type Middleware } from 'openapi-fetch';
import { API_BASE_PATH } from './constants.js';
import type { components, paths } from './schema.js';

export type { components, paths };
export type Schemas = components['schemas'];
export type Problem = Schemas['Problem'];
export type Lang = 'ru' | 'en' | 'zh';

export { API_BASE_PATH };
export { ApiError, expectSuccess, unwrap } from './unwrap.js';
export * from './seating.js';
export * from './seat-stream.js';
export * from './orders.js';
export * from './staff-session.js';
export * from './customers.js';
export * from './customer-session.js';

export interface ApiClientOptions {
  /** The server's origin, e.g. `http://localhost:3000` (the API path is added). */
  baseUrl: string;
  /** Bearer token for signed-in calls; return nothing for anonymous ones. */
  getToken?: () => string | null | undefined | Promise<string | null | undefined>;
  /** The user's language, sent as Accept-Language so every text comes back translated. */
  lang?: () => Lang;
  fetch?: typeof globalThis.fetch;
}

export type ApiClient = Client<paths>;

function newRequestId(): string {
  return globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

export function createApiClient(options: ApiClientOptions): ApiClient {
  const client = createClient<paths>({
    baseUrl: `${options.baseUrl.replace(/\/+$/, '')}${API_BASE_PATH}`,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const headers: Middleware = {
    async onRequest({ request }) {
      request.headers.set('X-Request-Id', newRequestId());
      if (options.lang) request.headers.set('Accept-Language', options.lang());
      const token = await options.getToken?.();
      if (token) request.headers.set('Authorization', `Bearer ${token}`);
      return request;
    },
  };
  client.use(headers);
  return client;
}
