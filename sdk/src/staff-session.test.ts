import { createApiClient } from './index.js';
import { createStaffSession, memoryTokenStore, type StaffTokens } from './staff-session.js';

const ORIGIN = 'http://crm.test';
const me = { id: '00000000-0000-4000-8000-000000000001', email: 'a@b.c', name: 'A', role: 'manager', mustChangePassword: false, grants: {}, permissions: [] };

function sessionBody(n: number) {
  return { accessToken: `access-${n}`, accessTokenExpiresIn: 900, refreshToken: `refresh-token-number-${n}`, refreshTokenExpiresAt: '2030-01-01T00:00:00Z', user: me };
}

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
const problem = (status: number, code: string) => json(status, { type: 'about:blank', title: code, status, detail: code, code });

/**
 * A fake API: /admin/auth/refresh rotates (a used refresh token is refused, as the server
 * does), /admin/auth/me answers 200 only to the current access token.
 */
function fakeServer(start: number) {
  let generation = start;
  const calls: Array<{ path: string; authorization: string | null; body: string }> = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    const path = new URL(request.url).pathname.replace('/api/v1', '');
    const body = await request.text();
    calls.push({ path, authorization: request.headers.get('Authorization'), body });
    await new Promise((resolve) => setTimeout(resolve, 5));
    if (path === '/admin/auth/refresh') {
      if (JSON.parse(body).refreshToken !== `refresh-token-number-${generation}`) return problem(401, 'invalid_refresh_token');
      generation += 1;
      return json(200, sessionBody(generation));
    }
    if (request.headers.get('Authorization') !== `Bearer access-${generation}`) return problem(401, 'authentication_required');
    return json(200, path === '/admin/users' ? { echoed: JSON.parse(body) } : me);
  };
  return { fetch, calls };
}

function tokens(n: number, expiresAt: number): StaffTokens {
  return { accessToken: `access-${n}`, accessTokenExpiresAt: expiresAt, refreshToken: `refresh-token-number-${n}` };
}

describe('staff session', () => {
  it('sends the stored access token while it is fresh, without refreshing', async () => {
    const server = fakeServer(1);
    const now = 1_000_000;
    const session = createStaffSession({ baseUrl: ORIGIN, fetch: server.fetch, store: memoryTokenStore(tokens(1, now + 600_000)), now: () => now });
    const api = createApiClient({ baseUrl: ORIGIN, fetch: session.fetch });

    const results = await Promise.all([api.GET('/admin/auth/me'), api.GET('/admin/auth/me')]);

    expect(results.map((r) => r.response.status)).toEqual([200, 200]);
    expect(server.calls.map((c) => [c.path, c.authorization])).toEqual([
      ['/admin/auth/me', 'Bearer access-1'],
      ['/admin/auth/me', 'Bearer access-1'],
    ]);
  });

  it('shares one refresh between concurrent calls whose token the server refuses', async () => {
    const server = fakeServer(1);
    const now = 1_000_000;
    // The stored access token looks fresh but the server refuses it (e.g. its key rotated).
    const store = memoryTokenStore({ accessToken: 'access-stale', accessTokenExpiresAt: now + 600_000, refreshToken: 'refresh-token-number-1' });
    const session = createStaffSession({ baseUrl: ORIGIN, fetch: server.fetch, store, now: () => now });
    const api = createApiClient({ baseUrl: ORIGIN, fetch: session.fetch });

    const results = await Promise.all([
      api.GET('/admin/auth/me'),
      api.GET('/admin/auth/me'),
      api.POST('/admin/users', { body: { email: 'x@y.z', name: 'X', role: 'manager', password: 'long-enough-1' } }),
    ]);

    expect(results.map((r) => r.response.status)).toEqual([200, 200, 200]);
    expect(server.calls.filter((c) => c.path === '/admin/auth/refresh')).toHaveLength(1);
    // The repeated POST carried its body again, with the new token.
    const posts = server.calls.filter((c) => c.path === '/admin/users');
    expect(posts.map((c) => c.authorization)).toEqual(['Bearer access-stale', 'Bearer access-2']);
    expect(JSON.parse(posts[1]!.body)).toMatchObject({ email: 'x@y.z' });
    expect(store.load()?.refreshToken).toBe('refresh-token-number-2');
  });

  it('refreshes before sending when the access token is about to expire', async () => {
    const server = fakeServer(1);
    const now = 1_000_000;
    const store = memoryTokenStore(tokens(1, now + 10_000)); // inside the 30 s leeway
    const session = createStaffSession({ baseUrl: ORIGIN, fetch: server.fetch, store, now: () => now });
    const api = createApiClient({ baseUrl: ORIGIN, fetch: session.fetch });

    expect((await api.GET('/admin/auth/me')).response.status).toBe(200);
    expect(server.calls.map((c) => [c.path, c.authorization])).toEqual([
      ['/admin/auth/refresh', null],
      ['/admin/auth/me', 'Bearer access-2'],
    ]);
  });

  it('signs out, once, when the refresh token is refused', async () => {
    const server = fakeServer(5); // refresh-1 was used long ago
    const now = 1_000_000;
    const store = memoryTokenStore(tokens(1, now + 600_000));
    const signedOut = jest.fn();
    const session = createStaffSession({ baseUrl: ORIGIN, fetch: server.fetch, store, onSignedOut: signedOut, now: () => now });
    const api = createApiClient({ baseUrl: ORIGIN, fetch: session.fetch });

    const results = await Promise.all([api.GET('/admin/auth/me'), api.GET('/admin/auth/me')]);

    expect(results.map((r) => r.response.status)).toEqual([401, 401]);
    expect(server.calls.filter((c) => c.path === '/admin/auth/refresh')).toHaveLength(1);
    expect(signedOut).toHaveBeenCalledTimes(1);
    expect(session.isSignedIn()).toBe(false);
    expect(store.load()).toBeNull();
  });

  it('uses the tokens another tab refreshed while this one waited for the lock', async () => {
    const server = fakeServer(2);
    const now = 1_000_000;
    const store = memoryTokenStore(tokens(1, now + 600_000));
    // The lock is granted only after "the other tab" stored generation 2.
    const lock = async <T,>(_name: string, task: () => Promise<T>) => {
      store.save(tokens(2, now + 900_000));
      return task();
    };
    const session = createStaffSession({ baseUrl: ORIGIN, fetch: server.fetch, store, lock, now: () => now });
    const api = createApiClient({ baseUrl: ORIGIN, fetch: session.fetch });

    expect((await api.GET('/admin/auth/me')).response.status).toBe(200);
    expect(server.calls.filter((c) => c.path === '/admin/auth/refresh')).toHaveLength(0);
  });

  it('sends no bearer to the login route or to the shop outside /admin', async () => {
    const server = fakeServer(1);
    const session = createStaffSession({ baseUrl: ORIGIN, fetch: server.fetch, store: memoryTokenStore(tokens(1, Date.now() + 600_000)) });
    const api = createApiClient({ baseUrl: ORIGIN, fetch: session.fetch });
    await api.POST('/admin/auth/login', { body: { email: 'a@b.c', password: 'x' } });
    await api.GET('/events');
    await api.GET('/orders/{id}/documents', { params: { path: { id: '00000000-0000-4000-8000-000000000002' } } });
    expect(server.calls.map((c) => c.authorization)).toEqual([null, null, null]);
  });

  it('sends the bearer to the boarding check, a staff route outside /admin', async () => {
    const server = fakeServer(1);
    const session = createStaffSession({ baseUrl: ORIGIN, fetch: server.fetch, store: memoryTokenStore(tokens(1, Date.now() + 600_000)) });
    const api = createApiClient({ baseUrl: ORIGIN, fetch: session.fetch });
    await api.POST('/tickets/verify', { body: { payload: 'PT1.claims.signature' } });
    expect(server.calls.map((c) => [c.path, c.authorization])).toEqual([['/tickets/verify', 'Bearer access-1']]);
  });
});
