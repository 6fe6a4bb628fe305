/**
 * A CRM sign-in in the browser: keeps the staff tokens, puts the bearer on staff calls (/admin
 * and the few staff routes outside it, like the boarding check) and
 * refreshes the access token when it runs out — one refresh at a time, however many calls
 * fail together, and (with Web Locks) one across the browser's tabs, because a refresh token
 * works once and presenting a used one ends the whole login.
 *
 * @example
 * const session = createStaffSession({ baseUrl: location.origin, store: localStorageTokenStore('crm'),
 *   onSignedOut: () => router.navigate('/login') });
 * const api = createApiClient({ baseUrl: location.origin, fetch: session.fetch });
 * session.signIn(unwrap(await api.POST('/admin/auth/login', { body: { email, password } })));
 */
import createClient from 'openapi-fetch';
import { API_BASE_PATH } from './constants.js';
import type { components, paths } from './schema.js';

type StaffSessionBody = components['schemas']['StaffSession'];

/** What a sign-in keeps between page loads. */
export interface StaffTokens {
  accessToken: string;
  /** Epoch milliseconds. */
  accessTokenExpiresAt: number;
  refreshToken: string;
}

export interface TokenStore {
  load(): StaffTokens | null;
  save(tokens: StaffTokens | null): void;
}

/** Runs `task` while holding the lock `name` (e.g. `navigator.locks.request`). */
export type LockRunner = <T>(name: string, task: () => Promise<T>) => Promise<T>;

export interface StaffSessionOptions {
  /** The server's origin, as for createApiClient. */
  baseUrl: string;
  store?: TokenStore;
  /** Called once when the sign-in is gone: the refresh token was refused or signOut() ran. */
  onSignedOut?: () => void;
  fetch?: typeof globalThis.fetch;
  lock?: LockRunner;
  now?: () => number;
  /** Refresh this long before the access token expires, so no call is sent with a dying one. */
  leewayMs?: number;
}

export interface StaffSession {
  /** Keeps the tokens of a login, refresh or password change response. */
  signIn(session: StaffSessionBody): void;
  /** Forgets the tokens (call the logout route first to end the login on the server). */
  signOut(): void;
  isSignedIn(): boolean;
  /** A valid access token, refreshing first when needed; null when signed out. */
  accessToken(): Promise<string | null>;
  /** `fetch` for createApiClient: bearer on staff calls, one refresh and retry on a 401. */
  fetch: typeof globalThis.fetch;
}

const REFRESH_LOCK = 'prichal.staff.refresh';
/** Routes that must never carry a bearer or trigger a refresh (they are how one gets tokens). */
const TOKEN_ROUTES = ['/admin/auth/login', '/admin/auth/refresh'];
/**
 * Staff routes that live outside /admin because the shop's paths own them (POST /tickets/verify,
 * the boarding check, needs `orders:read`). Only these: a shop route must never carry the bearer.
 */
export const STAFF_ROUTES_OUTSIDE_ADMIN = ['/tickets/verify'] as const;

export function tokensOf(session: StaffSessionBody, now: number): StaffTokens {
  return {
    accessToken: session.accessToken,
    accessTokenExpiresAt: now + session.accessTokenExpiresIn * 1_000,
    refreshToken: session.refreshToken,
  };
}

/** Tokens in memory only (tests, or a browser without storage). */
export function memoryTokenStore(initial: StaffTokens | null = null): TokenStore {
  let tokens = initial;
  return { load: () => tokens, save: (next) => void (tokens = next) };
}

/** The part of the Web Storage API used here (typed locally: the SDK also compiles without DOM types). */
interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Tokens in localStorage under `key`, shared by the tabs of one browser. */
export function localStorageTokenStore(key: string): TokenStore {
  const storage = () => (globalThis as { localStorage?: KeyValueStorage }).localStorage;
  return {
    load() {
      try {
        const raw = storage()?.getItem(key);
        const parsed: unknown = raw ? JSON.parse(raw) : null;
        return isTokens(parsed) ? parsed : null;
      } catch {
        return null;
      }
    },
    save(tokens) {
      try {
        if (tokens) storage()?.setItem(key, JSON.stringify(tokens));
        else storage()?.removeItem(key);
      } catch {
        // Storage disabled: the sign-in lasts as long as the page.
      }
    },
  };
}

function isTokens(value: unknown): value is StaffTokens {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.accessToken === 'string' && typeof v.refreshToken === 'string' && typeof v.accessTokenExpiresAt === 'number';
}

/** The browser's Web Locks when there are any; otherwise this tab's single flight is all. */
function defaultLock(): LockRunner {
  type Locks = { request<T>(name: string, task: () => Promise<T>): Promise<T> };
  const locks = (globalThis as { navigator?: { locks?: Locks } }).navigator?.locks;
  if (locks) return (name, task) => locks.request(name, task);
  return (_name, task) => task();
}

export function createStaffSession(options: StaffSessionOptions): StaffSession {
  const store = options.store ?? memoryTokenStore();
  const now = options.now ?? (() => Date.now());
  const rawFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const lock = options.lock ?? defaultLock();
  const leeway = options.leewayMs ?? 30_000;
  const adminPrefix = `${API_BASE_PATH}/admin/`;
  const auth = createClient<paths>({ baseUrl: `${options.baseUrl.replace(/\/+$/, '')}${API_BASE_PATH}`, fetch: rawFetch });
  let inFlight: Promise<string | null> | null = null;
  let signedIn = store.load() !== null;

  const signOut = () => {
    store.save(null);
    if (signedIn) {
      signedIn = false;
      options.onSignedOut?.();
    }
  };

  /**
   * New tokens unless another tab got them while we waited for the lock: the store then holds
   * an access token other than the one that failed, still valid, and that one is used.
   */
  async function refreshUnderLock(failed: string | null): Promise<string | null> {
    return lock(REFRESH_LOCK, async () => {
      const stored = store.load();
      if (!stored) return null;
      if (stored.accessToken !== failed && stored.accessTokenExpiresAt - leeway > now()) return stored.accessToken;
      const result = await auth.POST('/admin/auth/refresh', { body: { refreshToken: stored.refreshToken } });
      if (result.data) {
        const tokens = tokensOf(result.data, now());
        store.save(tokens);
        return tokens.accessToken;
      }
      // 401: the refresh token was used, expired or revoked — the login is over. Anything else
      // (a 5xx, a proxy error) may pass, so the tokens stay for the next try.
      if (result.response.status === 401 || result.response.status === 400) {
        store.save(null);
        return null;
      }
      throw new Error(`Refreshing the sign-in failed with ${result.response.status}`);
    });
  }

  /** One refresh per tab at a time: every caller waiting on a failed token shares it. */
  function refresh(failed: string | null): Promise<string | null> {
    inFlight ??= refreshUnderLock(failed)
      .then((token) => {
        if (token === null) signOut();
        return token;
      })
      .finally(() => {
        inFlight = null;
      });
    return inFlight;
  }

  async function accessToken(): Promise<string | null> {
    const tokens = store.load();
    if (!tokens) {
      if (signedIn) signOut();
      return null;
    }
    if (tokens.accessTokenExpiresAt - leeway > now()) return tokens.accessToken;
    return refresh(tokens.accessToken);
  }

  const staffPaths = STAFF_ROUTES_OUTSIDE_ADMIN.map((route) => `${API_BASE_PATH}${route}`);
  const needsBearer = (request: Request) => {
    const path = new URL(request.url).pathname;
    if (staffPaths.includes(path)) return true;
    return path.startsWith(adminPrefix) && !TOKEN_ROUTES.some((route) => path.endsWith(route));
  };

  async function sessionFetch(input: Parameters<typeof globalThis.fetch>[0], init?: RequestInit): Promise<Response> {
    const request = new Request(input, init);
    if (!needsBearer(request)) return rawFetch(request);
    // Kept unsent so the call can be repeated (its body is read by the first send).
    const retry = request.clone();
    const token = await accessToken();
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    const response = await rawFetch(request);
    if (response.status !== 401 || !token) return response;
    const fresh = await refresh(token);
    if (!fresh) return response;
    retry.headers.set('Authorization', `Bearer ${fresh}`);
    return rawFetch(retry);
  }

  return {
    signIn(session) {
      store.save(tokensOf(session, now()));
      signedIn = true;
    },
    signOut,
    isSignedIn: () => store.load() !== null,
    accessToken,
    fetch: sessionFetch,
  };
}
