/**
 * Keeps a customer's login in a browser app: the short-lived access token in memory only, the
 * refresh token in a store the app chooses, and the exchange of one for the other.
 *
 * The API's refresh tokens work once: presenting one that was already exchanged ends the whole
 * login (it must have leaked). So every exchange is single-flight — concurrent callers share
 * one — and runs under an exclusive lock that other tabs of the app share too (Web Locks in the
 * browser), re-reading the stored token inside it: whichever tab renews, the next one uses the
 * token that exchange stored, never the one before it.
 *
 * @example
 * const keeper = new CustomerSessionKeeper({ refresh: (token) => customers.refresh(token), store, lock });
 * const api = createApiClient({ baseUrl, getToken: () => keeper.accessToken(), fetch: renewingFetch(keeper) });
 * keeper.signedIn(await customers.login({ email, password }));
 */
import type { CustomerProfile, CustomerSession } from './customers.js';
import { ApiError } from './unwrap.js';

/** A refresh token as kept between visits. */
export interface StoredRefreshToken {
  token: string;
  /** ISO 8601; an expired token is never sent. */
  expiresAt: string;
}

/** Where the refresh token lives between visits (localStorage in the shop). */
export interface RefreshTokenStore {
  read(): StoredRefreshToken | null;
  write(value: StoredRefreshToken | null): void;
}

/** Runs `work` while no other holder of the same lock runs. */
export type ExclusiveLock = <T>(work: () => Promise<T>) => Promise<T>;

export type CustomerSessionState =
  /** A stored login is being renewed (after a reload): not known yet. */
  | { status: 'restoring' }
  | { status: 'anonymous' }
  | { status: 'signedIn'; customer: CustomerProfile };

export interface CustomerSessionKeeperOptions {
  /** POST /customers/refresh; throws an ApiError with status 401 when the token is refused. */
  refresh: (refreshToken: string) => Promise<CustomerSession>;
  store: RefreshTokenStore;
  /** Shared by every tab of the app; default: a lock within this one. */
  lock?: ExclusiveLock;
  now?: () => number;
  /** Renew this long before the access token expires, so a request never carries a dying one. */
  renewBeforeMs?: number;
}

/** A lock for one JavaScript realm: each `work` starts after the previous one settled. */
export function createMutex(): ExclusiveLock {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(work: () => Promise<T>) => {
    const run = tail.then(work, work);
    tail = run.catch(() => undefined);
    return run;
  };
}

const ANONYMOUS: CustomerSessionState = { status: 'anonymous' };
const RESTORING: CustomerSessionState = { status: 'restoring' };

export class CustomerSessionKeeper {
  private access: { token: string; expiresAt: number } | null = null;
  private state: CustomerSessionState;
  private renewing: Promise<string | null> | null = null;
  /** Bumped by every local sign-in and sign-out: an exchange started before one must not undo it. */
  private generation = 0;
  private readonly listeners = new Set<() => void>();
  private readonly lock: ExclusiveLock;
  private readonly now: () => number;
  private readonly renewBeforeMs: number;

  constructor(private readonly options: CustomerSessionKeeperOptions) {
    this.lock = options.lock ?? createMutex();
    this.now = options.now ?? Date.now;
    this.renewBeforeMs = options.renewBeforeMs ?? 30_000;
    this.state = this.storedToken() ? RESTORING : ANONYMOUS;
  }

  /** The current state; the same object until it changes (for React's useSyncExternalStore). */
  readonly getState = (): CustomerSessionState => this.state;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** A login, registration or password reset just answered with a session. */
  signedIn(session: CustomerSession): void {
    this.generation += 1;
    this.options.store.write({ token: session.refreshToken, expiresAt: session.refreshTokenExpiresAt });
    this.apply(session);
  }

  /** The profile changed (saved, email confirmed): the header and forms show the new one. */
  updateCustomer(customer: CustomerProfile): void {
    if (this.state.status === 'signedIn') this.setState({ status: 'signedIn', customer });
  }

  /** Forgets the login here (after logging out, or when the API says it has ended). */
  signedOut(): void {
    this.generation += 1;
    this.options.store.write(null);
    this.forget();
  }

  /**
   * Renews a login stored by an earlier visit, so the app knows who is signed in. Never
   * throws: when the API cannot be reached the login stays stored and is tried again on the
   * next call that needs it.
   */
  async restore(): Promise<void> {
    if (!this.storedToken()) {
      if (this.state.status === 'restoring') this.setState(ANONYMOUS);
      return;
    }
    try {
      await this.renew();
    } catch {
      if (this.state.status === 'restoring') this.setState(ANONYMOUS);
    }
  }

  /** A valid access token, renewed first when it is about to expire; null when nobody is signed in. */
  async accessToken(): Promise<string | null> {
    if (this.access && this.access.expiresAt - this.renewBeforeMs > this.now()) return this.access.token;
    if (!this.storedToken()) {
      if (this.access || this.state.status !== 'anonymous') this.forget();
      return null;
    }
    return this.renew();
  }

  /** The API refused `rejected`: renew the access token, unless that happened meanwhile. */
  async renewAfterRejection(rejected: string): Promise<string | null> {
    if (this.access && this.access.token !== rejected) return this.access.token;
    if (!this.storedToken()) {
      this.forget();
      return null;
    }
    return this.renew();
  }

  /** Another tab changed the stored login (signed in, renewed or signed out). */
  storageChanged(): void {
    if (!this.storedToken()) {
      if (this.state.status !== 'anonymous') this.forget();
    } else if (this.state.status === 'anonymous') {
      void this.restore();
    }
  }

  private storedToken(): string | null {
    const stored = this.options.store.read();
    if (!stored) return null;
    return Date.parse(stored.expiresAt) > this.now() ? stored.token : null;
  }

  /** One exchange at a time in this tab, and under the shared lock across tabs. */
  private renew(): Promise<string | null> {
    this.renewing ??= this.lock(() => this.exchange()).finally(() => {
      this.renewing = null;
    });
    return this.renewing;
  }

  private async exchange(): Promise<string | null> {
    const generation = this.generation;
    // Read inside the lock: another tab may have exchanged the token we saw before.
    const token = this.storedToken();
    if (!token) {
      this.forget();
      return null;
    }
    let session: CustomerSession;
    try {
      session = await this.options.refresh(token);
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) {
        // Used, expired, or its login was ended (logged out everywhere, password reset).
        if (this.storedToken() === token) this.options.store.write(null);
        this.forget();
        return null;
      }
      throw error;
    }
    // This tab signed out or into another account meanwhile: that stands, and the login this
    // exchange renewed is left to expire unused.
    if (generation !== this.generation) return this.access?.token ?? null;
    this.options.store.write({ token: session.refreshToken, expiresAt: session.refreshTokenExpiresAt });
    this.apply(session);
    return session.accessToken;
  }

  private apply(session: CustomerSession): void {
    this.access = { token: session.accessToken, expiresAt: this.now() + session.expiresIn * 1000 };
    this.setState({ status: 'signedIn', customer: session.customer });
  }

  private forget(): void {
    this.access = null;
    this.setState(ANONYMOUS);
  }

  private setState(state: CustomerSessionState): void {
    if (state === this.state) return;
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}

async function problemCode(response: Response): Promise<string | null> {
  try {
    const body: unknown = await response.json();
    return typeof body === 'object' && body !== null && 'code' in body && typeof body.code === 'string' ? body.code : null;
  } catch {
    return null;
  }
}

/**
 * A fetch for the signed-in API client: when the API refuses the access token it sent
 * (`invalid_access_token`: expired early, clocks apart), renews it once and repeats the request.
 */
export function renewingFetch(keeper: CustomerSessionKeeper, base: typeof globalThis.fetch = (input, init) => globalThis.fetch(input, init)): typeof globalThis.fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const retry = request.clone();
    const response = await base(request);
    const sent = /^Bearer\s+(\S+)$/i.exec(request.headers.get('authorization') ?? '')?.[1];
    if (response.status !== 401 || !sent || (await problemCode(response.clone())) !== 'invalid_access_token') return response;
    const renewed = await keeper.renewAfterRejection(sent);
    if (!renewed) return response;
    retry.headers.set('authorization', `Bearer ${renewed}`);
    return base(retry);
  };
}
