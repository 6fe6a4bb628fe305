import { createApiClient } from './index.js';
import { customersApi, type CustomerProfile, type CustomerSession } from './customers.js';
import { createMutex, CustomerSessionKeeper, renewingFetch, type ExclusiveLock, type RefreshTokenStore, type StoredRefreshToken } from './customer-session.js';
import { ApiError } from './unwrap.js';

const PROFILE: CustomerProfile = {
  id: '5f0c6c1e-0000-4000-8000-000000000001',
  email: 'maria@example.ru',
  emailVerified: true,
  emailVerifiedAt: '2031-06-01T10:00:00.000Z',
  fullName: 'Иванова Мария',
  phone: '+79211234567',
  preferredLang: 'ru',
  preferredMessenger: 'none',
  messengerHandle: null,
  createdAt: '2031-06-01T10:00:00.000Z',
};
const ACCESS_SECONDS = 900;

const refused = () =>
  new ApiError({ type: 'about:blank', title: 'Unauthorized', status: 401, detail: 'refresh token refused', code: 'invalid_refresh_token' });

/**
 * The API's rotating refresh tokens, as customer-sessions does it: each works once, and
 * presenting one that was already exchanged ends the whole login.
 */
class RotatingTokens {
  refreshCalls = 0;
  reusesDetected = 0;
  private counter = 0;
  private readonly familyOf = new Map<string, { current: string; alive: boolean }>();

  constructor(private readonly clock: { now: number }) {}

  login(): CustomerSession {
    const family = { current: '', alive: true };
    return this.issue(family);
  }

  /** The server checks the token when the request arrives and answers a moment later. */
  refresh = async (token: string): Promise<CustomerSession> => {
    this.refreshCalls += 1;
    const family = this.familyOf.get(token);
    let answer: CustomerSession | null = null;
    if (family?.alive && family.current === token) answer = this.issue(family);
    else if (family?.alive) {
      family.alive = false;
      this.reusesDetected += 1;
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
    if (!answer) throw refused();
    return answer;
  };

  endAll(): void {
    for (const family of this.familyOf.values()) family.alive = false;
  }

  isLive(token: string | undefined): boolean {
    const family = token ? this.familyOf.get(token) : undefined;
    return Boolean(family?.alive && family.current === token);
  }

  private issue(family: { current: string; alive: boolean }): CustomerSession {
    this.counter += 1;
    family.current = `refresh-token-${this.counter}-${'x'.repeat(20)}`;
    this.familyOf.set(family.current, family);
    return {
      accessToken: `access-${this.counter}`,
      tokenType: 'Bearer',
      expiresIn: ACCESS_SECONDS,
      refreshToken: family.current,
      refreshTokenExpiresAt: new Date(this.clock.now + 30 * 86_400_000).toISOString(),
      customer: PROFILE,
    };
  }
}

/** localStorage shared by the tabs of one browser profile. */
function sharedStore(): RefreshTokenStore & { value: StoredRefreshToken | null } {
  return {
    value: null,
    read() {
      return this.value;
    },
    write(value) {
      this.value = value;
    },
  };
}

function setUp() {
  const clock = { now: Date.parse('2031-06-01T10:00:00Z') };
  const server = new RotatingTokens(clock);
  const store = sharedStore();
  const tab = (lock?: ExclusiveLock) =>
    new CustomerSessionKeeper({ refresh: server.refresh, store, now: () => clock.now, ...(lock ? { lock } : {}) });
  const expireAccessTokens = () => {
    clock.now += ACCESS_SECONDS * 1000;
  };
  return { clock, server, store, tab, expireAccessTokens };
}

describe('CustomerSessionKeeper', () => {
  it('keeps the access token until it nearly expires, then renews it once for every caller at the same moment', async () => {
    const { server, tab, expireAccessTokens } = setUp();
    const keeper = tab();
    keeper.signedIn(server.login());
    await expect(keeper.accessToken()).resolves.toBe('access-1');
    expect(server.refreshCalls).toBe(0);

    expireAccessTokens();
    const tokens = await Promise.all([keeper.accessToken(), keeper.accessToken(), keeper.accessToken(), keeper.renewAfterRejection('access-1')]);
    expect(server.refreshCalls).toBe(1);
    expect(new Set(tokens)).toEqual(new Set(['access-2']));
    expect(server.reusesDetected).toBe(0);
  });

  it('two tabs renewing at once never present a used refresh token when they share the lock', async () => {
    const { server, store, tab, expireAccessTokens } = setUp();
    const lock = createMutex();
    const first = tab(lock);
    first.signedIn(server.login());
    const second = tab(lock); // a tab opened later finds the stored login
    expect(second.getState()).toEqual({ status: 'restoring' });

    expireAccessTokens();
    const [a, b] = await Promise.all([first.accessToken(), second.accessToken(), second.restore()]);
    expect(a).toMatch(/^access-/);
    expect(b).toMatch(/^access-/);
    expect(server.reusesDetected).toBe(0);
    expect(server.isLive(store.value?.token)).toBe(true);
    expect(second.getState()).toEqual({ status: 'signedIn', customer: PROFILE });
  });

  it('(why the lock is shared) two tabs each with their own lock reuse a token and the API ends the login', async () => {
    const { server, tab, expireAccessTokens } = setUp();
    const first = tab(createMutex());
    first.signedIn(server.login());
    const second = tab(createMutex());
    expireAccessTokens();
    await Promise.all([first.accessToken(), second.accessToken()]);
    expect(server.reusesDetected).toBe(1);
  });

  it('a refused refresh token signs out: the stored login is dropped and listeners hear it', async () => {
    const { server, store, tab, expireAccessTokens } = setUp();
    const keeper = tab();
    keeper.signedIn(server.login());
    const heard: string[] = [];
    keeper.subscribe(() => heard.push(keeper.getState().status));

    server.endAll(); // logged out everywhere from another device
    expireAccessTokens();
    await expect(keeper.accessToken()).resolves.toBeNull();
    expect(store.value).toBeNull();
    expect(heard).toEqual(['anonymous']);
  });

  it('never sends an expired stored refresh token', async () => {
    const { server, store, clock, tab } = setUp();
    store.value = { token: server.login().refreshToken, expiresAt: new Date(clock.now - 1).toISOString() };
    const keeper = tab();
    expect(keeper.getState()).toEqual({ status: 'anonymous' });
    await expect(keeper.accessToken()).resolves.toBeNull();
    expect(server.refreshCalls).toBe(0);
  });

  it('follows another tab signing out and signing in', async () => {
    const { server, store, tab } = setUp();
    const lock = createMutex();
    const first = tab(lock);
    const second = tab(lock);
    first.signedIn(server.login());
    second.storageChanged();
    await second.restore();
    expect(second.getState().status).toBe('signedIn');

    first.signedOut();
    second.storageChanged();
    expect(second.getState()).toEqual({ status: 'anonymous' });
    await expect(second.accessToken()).resolves.toBeNull();
    expect(store.value).toBeNull();
  });
});

describe('renewingFetch', () => {
  function apiWithExpiredToken(refusal: string) {
    const { server, tab } = setUp();
    const keeper = tab();
    keeper.signedIn(server.login());
    const sent: Array<string | null> = [];
    const base = async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = input instanceof Request ? input : new Request(input, init);
      const auth = request.headers.get('authorization');
      sent.push(auth);
      if (auth === 'Bearer access-1') {
        return new Response(JSON.stringify({ type: 'about:blank', title: 'Unauthorized', status: 401, detail: 'no', code: refusal }), {
          status: 401,
          headers: { 'content-type': 'application/problem+json' },
        });
      }
      return new Response(JSON.stringify(PROFILE), { status: 200, headers: { 'content-type': 'application/json' } });
    };
    const api = createApiClient({ baseUrl: 'http://shop.test', getToken: () => keeper.accessToken(), fetch: renewingFetch(keeper, base as typeof fetch) });
    return { api, sent, server };
  }

  it('renews a token the API refused and repeats the request once', async () => {
    const { api, sent, server } = apiWithExpiredToken('invalid_access_token');
    await expect(customersApi(api).me()).resolves.toEqual(PROFILE);
    expect(sent).toEqual(['Bearer access-1', 'Bearer access-2']);
    expect(server.refreshCalls).toBe(1);
  });

  it('leaves other refusals alone', async () => {
    const { api, sent, server } = apiWithExpiredToken('authentication_required');
    await expect(customersApi(api).me()).rejects.toMatchObject({ status: 401, problem: { code: 'authentication_required' } });
    expect(sent).toHaveLength(1);
    expect(server.refreshCalls).toBe(0);
  });
});
