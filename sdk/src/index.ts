/**
 * The typed client of the Prichal API. The types come from `openapi/openapi.json` (generated
 * into `schema.d.ts`); the SPAs and third-party resellers talk to the API only through this.
 *
 * @example
 * const api = createApiClient({ baseUrl: 'http://localhost:3000', lang: () => 'en' });
 * const page = unwrap(await api.GET('/events', { params: { query: { q: 'Peterhof' } } }));
 */
import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema';

export type { components, paths };
export type Schemas = components['schemas'];
export type Problem = Schemas['Problem'];
export type Lang = 'ru' | 'en' | 'zh';

/** Where the versioned API lives under the server's origin. */
export const API_BASE_PATH = '/api/v1';

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

/** A failed call, carrying the problem details the API returned (`code` is stable). */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail);
    this.name = 'ApiError';
    this.status = problem.status;
    this.problem = problem;
  }
}

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

function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null && 'code' in value && 'status' in value;
}

/**
 * The data of a call, or an `ApiError` thrown with its problem details — the shape React
 * Query expects from a query function.
 */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.data !== undefined) return result.data;
  if (isProblem(result.error)) throw new ApiError(result.error);
  throw new ApiError({
    type: 'about:blank',
    title: result.response.statusText || 'Error',
    status: result.response.status,
    detail: `Unexpected ${result.response.status} response`,
    code: 'unexpected_response',
  });
}
