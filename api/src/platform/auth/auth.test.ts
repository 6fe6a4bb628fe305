import { randomBytes, randomUUID } from 'node:crypto';
import { createDataSource } from '../db/data-source';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import type { DataSource } from 'typeorm';
import { AccessTokens } from './access-tokens';
import { LoginThrottle } from './login-throttle';
import { hashPassword, verifyPassword } from './passwords';
import { createRateLimiter } from './rate-limiter';
import { RefreshSessions } from './refresh-sessions';
import { AppError } from '../errors/app-error';

/** The building blocks of customer and staff logins, against real PostgreSQL and Redis. */
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
let database: TestDatabase;
let db: DataSource;
beforeAll(async () => {
  database = await createTestDatabase();
  db = createDataSource({ url: database.url, poolSize: 3, embedded: database.embedded });
  await db.initialize();
});
afterAll(async () => {
  await db.destroy();
  await database.drop();
});

describe('passwords', () => {
  it('accepts the right password and refuses a wrong one or an unknown account', async () => {
    const hash = await hashPassword('корабль-2026');
    expect(hash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(hash, 'корабль-2026')).toBe(true);
    expect(await verifyPassword(hash, 'корабль-2027')).toBe(false);
    expect(await verifyPassword(null, 'корабль-2026')).toBe(false);
  });
});

describe('access tokens', () => {
  const tokens = new AccessTokens('an application secret of enough length', 900);

  it('carry the subject and session for their audience only', async () => {
    const token = await tokens.issue('customer', { sub: 'c-1', sid: 's-1' });
    expect(await tokens.verify('customer', token)).toMatchObject({ sub: 'c-1', sid: 's-1', aud: 'customer' });
    expect(await tokens.verify('staff', token)).toBeNull();
  });

  it('expire after their lifetime and refuse tampering or another secret', async () => {
    const issuedAt = new Date('2026-06-01T10:00:00Z');
    const token = await tokens.issue('staff', { sub: 'u-1', sid: 's-1' }, issuedAt);
    expect(await tokens.verify('staff', token, new Date(issuedAt.getTime() + 899_000))).not.toBeNull();
    expect(await tokens.verify('staff', token, new Date(issuedAt.getTime() + 901_000))).toBeNull();
    const [header, payload, signature] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ sub: 'admin', sid: 's-1', aud: 'staff', iss: 'prichal' })).toString('base64url');
    expect(await tokens.verify('staff', `${header}.${forged}.${signature}`, issuedAt)).toBeNull();
    expect(await new AccessTokens('another secret entirely, also long', 900).verify('staff', `${header}.${payload}.${signature}`, issuedAt)).toBeNull();
  });
});

describe('refresh sessions', () => {
  const sessions = () => new RefreshSessions(db, 'customer', 3600);

  it('rotate: each token works once and the next one continues the same login', async () => {
    const principal = randomUUID();
    const first = await sessions().start(principal);
    const second = await sessions().rotate(first.token);
    expect(second).toMatchObject({ principalId: principal, sessionId: first.sessionId });
    expect(second!.token).not.toBe(first.token);
    expect(await sessions().rotate(second!.token)).not.toBeNull();
  });

  it('revoke the whole login when an exchanged token is presented again', async () => {
    const first = await sessions().start(randomUUID());
    const second = await sessions().rotate(first.token);
    expect(await sessions().rotate(first.token)).toBeNull();
    expect(await sessions().isActive(first.sessionId)).toBe(false);
    expect(await sessions().rotate(second!.token)).toBeNull();
  });

  it('expire, and "log out everywhere" ends every login of that principal only', async () => {
    const principal = randomUUID();
    const bystander = await sessions().start(randomUUID());
    const a = await sessions().start(principal);
    const b = await sessions().start(principal);
    expect(await sessions().rotate(a.token, {}, new Date(Date.now() + 3601_000))).toBeNull();
    await sessions().revokeAll(principal);
    expect(await sessions().isActive(b.sessionId)).toBe(false);
    expect(await sessions().rotate(b.token)).toBeNull();
    expect(await sessions().isActive(bystander.sessionId)).toBe(true);
  });

  it('refresh once when the same token is presented twice at the same moment', async () => {
    const first = await sessions().start(randomUUID());
    const results = await Promise.all([sessions().rotate(first.token), sessions().rotate(first.token)]);
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it('are not accepted across audiences', async () => {
    const customer = await sessions().start(randomUUID());
    expect(await new RefreshSessions(db, 'staff', 3600).rotate(customer.token)).toBeNull();
  });
});

describe.each([
  ['Redis', REDIS_URL],
  ['memory', undefined],
])('login throttle (%s)', (_name, redisUrl) => {
  const limiter = createRateLimiter({ redisUrl, prefix: `test-${randomBytes(4).toString('hex')}` });
  afterAll(() => limiter.close());
  const throttle = new LoginThrottle(limiter, 'customer', { perAccount: 3, perIp: 5, windowSeconds: 60 });
  const refused = async (promise: Promise<void>) => {
    const error = await promise.then(() => null, (e: unknown) => e);
    return error instanceof AppError && error.status === 429 ? error : null;
  };

  it('pauses an account after its failures, and a success clears them', async () => {
    const login = `anna-${randomUUID()}@example.ru`;
    for (let i = 0; i < 3; i += 1) {
      await throttle.admit(login, null);
      await throttle.failed(login);
    }
    const error = await refused(throttle.admit(login.toUpperCase(), null));
    expect(error?.code).toBe('too_many_login_attempts');
    expect(error?.params?.retryAfterSeconds).toBeGreaterThan(0);
    await throttle.succeeded(login);
    await expect(throttle.admit(login, null)).resolves.toBeUndefined();
  });

  it('stops one IP trying many accounts', async () => {
    const ip = `10.0.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
    for (let i = 0; i < 5; i += 1) await throttle.admit(`user${i}-${randomUUID()}@example.ru`, ip);
    expect(await refused(throttle.admit(`another-${randomUUID()}@example.ru`, ip))).not.toBeNull();
    await expect(throttle.admit(`another-${randomUUID()}@example.ru`, '10.9.9.9')).resolves.toBeUndefined();
  });
});
