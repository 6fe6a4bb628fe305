import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { startTestApp, type TestApp } from '../../test/test-app';
import { newEmail, PASSWORD, register } from '../../test/customers-factory';
import { DEFAULT_LOGIN_LIMITS } from '../../platform/auth/login-throttle';

/** Password guessing is slowed per account and per client IP, counted in Redis. */
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const startApp = () => startTestApp({ env: { REDIS_URL, BUS_PREFIX: `test-${randomBytes(6).toString('hex')}` } });
const login = (t: TestApp, email: string, password: string) => request(t.server).post('/api/v1/customers/login').send({ email, password });

describe('per account', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp();
  });
  afterAll(() => t.close());

  it('pauses an account after repeated wrong passwords, even for the right one, and says when to come back', async () => {
    const { email } = await register(t);
    for (let i = 0; i < DEFAULT_LOGIN_LIMITS.perAccount; i += 1) expect((await login(t, email, `wrong-password-${i}`)).status).toBe(401);
    const paused = await login(t, email, PASSWORD);
    expect(paused.status).toBe(429);
    expect(paused.body.code).toBe('too_many_login_attempts');
    const retryAfter = Number(paused.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(DEFAULT_LOGIN_LIMITS.windowSeconds);
    expect(paused.body.params.retryAfterSeconds).toBe(retryAfter);
    // Another account from the same address is not affected.
    const other = await register(t);
    expect((await login(t, other.email, PASSWORD)).status).toBe(200);
  });

  it('treats an unknown email the same way, so the pause does not reveal whether an account exists', async () => {
    const email = newEmail('nobody');
    for (let i = 0; i < DEFAULT_LOGIN_LIMITS.perAccount; i += 1) expect((await login(t, email, `wrong-password-${i}`)).status).toBe(401);
    expect((await login(t, email, PASSWORD)).status).toBe(429);
  });

  it('clears an account’s failures on a successful login', async () => {
    const { email } = await register(t);
    for (let round = 0; round < 2; round += 1) {
      for (let i = 0; i < DEFAULT_LOGIN_LIMITS.perAccount - 1; i += 1) await login(t, email, `wrong-password-${i}`);
      expect((await login(t, email, PASSWORD)).status).toBe(200);
    }
  });
});

describe('per client IP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp();
  });
  afterAll(() => t.close());

  it('stops one address trying many accounts', async () => {
    const { email } = await register(t);
    for (let i = 0; i < DEFAULT_LOGIN_LIMITS.perIp; i += 1) expect((await login(t, newEmail(`spray${i}`), PASSWORD)).status).toBe(401);
    const stopped = await login(t, email, PASSWORD);
    expect(stopped.status).toBe(429);
    expect(Number(stopped.headers['retry-after'])).toBeGreaterThan(0);
  });
});

describe('registration per client IP', () => {
  let t: TestApp;
  beforeAll(async () => {
    // Behind our proxy (127.0.0.1), X-Forwarded-For names the visitor.
    t = await startTestApp({
      env: { REDIS_URL, BUS_PREFIX: `test-${randomBytes(6).toString('hex')}`, REGISTRATIONS_PER_IP_PER_HOUR: '3', TRUSTED_PROXIES: '127.0.0.1' },
    });
  });
  afterAll(() => t.close());

  const registerFrom = (ip: string, email = newEmail()) =>
    request(t.server).post('/api/v1/customers/register').set('x-forwarded-for', ip).send({ email, password: PASSWORD });

  it('opens a few accounts an hour from one address, then says when to come back, and mails nothing more', async () => {
    for (let i = 0; i < 3; i += 1) expect((await registerFrom('203.0.113.7')).status).toBe(201);
    const victim = newEmail('victim');
    const stopped = await registerFrom('203.0.113.7', victim);
    expect(stopped.status).toBe(429);
    expect(stopped.body.code).toBe('too_many_requests');
    expect(Number(stopped.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(stopped.headers['retry-after'])).toBeLessThanOrEqual(3_600);
    const mailed = await t.db.query("SELECT 1 FROM outbox WHERE topic = 'notification.email_verification' AND payload->>'email' = $1", [victim]);
    expect(mailed).toHaveLength(0);
    // Another visitor is not affected.
    expect((await registerFrom('198.51.100.20', victim)).status).toBe(201);
  });
});
