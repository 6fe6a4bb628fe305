import request from 'supertest';
import { startTestApp, type TestApp } from '../../test/test-app';
import { bearer, emailedToken, newEmail, PASSWORD, register, requestPasswordReset } from '../../test/customers-factory';
import { HOUR } from '../../test/catalog-factory';
import { PASSWORD_RESET_REQUESTED } from './customers.events';

/** Emailed links: confirming the address and resetting the password, single-use and expiring. */
let now = new Date();
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ clock: () => now });
});
afterAll(() => t.close());
afterEach(() => {
  now = new Date();
});

const api = () => request(t.server);
const verify = (token: string) => api().post('/api/v1/customers/verify-email').send({ token });
const requestReset = (email: string) => requestPasswordReset(t, email);
const reset = (token: string, newPassword = 'новый-пароль-на-лето') => api().post('/api/v1/customers/password-reset/confirm').send({ token, newPassword });
const login = (email: string, password: string) => api().post('/api/v1/customers/login').send({ email, password });
const outboxCount = async (topic: string) => Number((await t.db.query('SELECT count(*) FROM outbox WHERE topic = $1', [topic]))[0].count);

describe('email verification', () => {
  it('is emailed at registration through the outbox, in the customer’s language, and works once', async () => {
    const { email, session } = await register(t, { preferredLang: 'en', fullName: 'Anna Smirnova' });
    const emailed = await emailedToken(t, email, 'notification.email_verification');
    expect(emailed!.payload).toMatchObject({ email, locale: 'en', fullName: 'Anna Smirnova' });
    expect(`${emailed!.link.origin}${emailed!.link.pathname}`).toBe(`${t.baseUrl}/account/verify`);
    // Only a hash is stored: the database does not hold a usable link.
    const stored = await t.db.query("SELECT encode(token_hash, 'hex') AS hash FROM customer_token WHERE customer_id = $1", [session.customer.id]);
    expect(JSON.stringify(stored)).not.toContain(emailed!.token);

    const res = await verify(emailed!.token);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ email, linkedOrders: 0 });
    expect((await api().get('/api/v1/me').set(bearer(session.accessToken))).body.emailVerified).toBe(true);
    const again = await verify(emailed!.token);
    expect(again.status).toBe(422);
    expect(again.body.code).toBe('verification_token_invalid');
    expect((await api().post('/api/v1/me/verification-email').set(bearer(session.accessToken))).body.code).toBe('email_already_verified');
  });

  it('expires after 48 hours; a new link can be asked for, a few times an hour', async () => {
    const issuedAt = new Date();
    now = issuedAt;
    const { email } = await register(t);
    const first = await emailedToken(t, email, 'notification.email_verification');
    now = new Date(issuedAt.getTime() + 48 * HOUR + 1_000);
    expect((await verify(first!.token)).body.code).toBe('verification_token_invalid');

    const { accessToken } = (await login(email, PASSWORD)).body;
    const resend = () => api().post('/api/v1/me/verification-email').set(bearer(accessToken));
    expect((await resend()).status).toBe(202);
    const second = await emailedToken(t, email, 'notification.email_verification');
    expect(second!.token).not.toBe(first!.token);
    expect((await resend()).status).toBe(202);
    expect((await resend()).status).toBe(202);
    const limited = await resend();
    expect(limited.status).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);

    now = new Date(now.getTime() + 48 * HOUR - 1_000);
    expect((await verify(second!.token)).status).toBe(200);
  });
});

describe('password reset', () => {
  it('answers an unknown email exactly like a known one, and emails only the known one', async () => {
    const { email } = await register(t);
    const before = await outboxCount('notification.password_reset');
    const known = await requestReset(email.toUpperCase());
    const unknownEmail = newEmail('nobody');
    const unknown = await requestReset(unknownEmail);
    expect([known.status, unknown.status]).toEqual([202, 202]);
    expect(known.body).toEqual(unknown.body);
    expect(known.headers['content-type']).toBe(unknown.headers['content-type']);
    expect(await outboxCount('notification.password_reset')).toBe(before + 1);
    // Both took the same path: each queued its request, and only the job looked the address up.
    const queued = await t.db.query(`SELECT payload->>'email' AS email FROM outbox WHERE topic = $1 ORDER BY created_at DESC, id DESC LIMIT 2`, [
      PASSWORD_RESET_REQUESTED.name,
    ]);
    expect(queued.map((row: { email: string }) => row.email).sort()).toEqual([email, unknownEmail].sort());
    expect((await emailedToken(t, email, 'notification.password_reset'))!.link.pathname).toBe('/account/reset');
  });

  it('sets the new password once, ends every login, and refuses a weak password without using up the link', async () => {
    const { email, session } = await register(t);
    await requestReset(email);
    const { token } = (await emailedToken(t, email, 'notification.password_reset'))!;
    const weak = await reset(token, 'qwertyuiop');
    expect(weak.body).toMatchObject({ code: 'password_too_weak', errors: [{ path: 'body.newPassword' }] });
    expect((await reset(token)).status).toBe(204);
    expect((await reset(token, 'ещё-один-пароль-2026')).body.code).toBe('reset_token_invalid');

    expect((await api().get('/api/v1/me').set(bearer(session.accessToken))).status).toBe(401);
    expect((await api().post('/api/v1/customers/refresh').send({ refreshToken: session.refreshToken })).status).toBe(401);
    expect((await login(email, PASSWORD)).status).toBe(401);
    expect((await login(email, 'новый-пароль-на-лето')).status).toBe(200);
  });

  it('expires after one hour, and a newer link retires the older one', async () => {
    const { email } = await register(t);
    const issuedAt = new Date();
    now = issuedAt;
    await requestReset(email);
    const stale = (await emailedToken(t, email, 'notification.password_reset'))!.token;
    now = new Date(issuedAt.getTime() + HOUR + 1_000);
    expect((await reset(stale)).body.code).toBe('reset_token_invalid');

    await requestReset(email);
    const older = (await emailedToken(t, email, 'notification.password_reset'))!.token;
    await requestReset(email);
    const newest = (await emailedToken(t, email, 'notification.password_reset'))!.token;
    now = new Date(now.getTime() + HOUR - 1_000);
    expect((await reset(older)).body.code).toBe('reset_token_invalid');
    expect((await reset(newest)).status).toBe(204);
  });
});
