import request from 'supertest';
import { startTestApp, type TestApp } from '../../test/test-app';
import { bearer, newEmail, PASSWORD, register } from '../../test/customers-factory';

/** Customer logins: register, log in, refresh with rotation, log out here or everywhere, profile, password. */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const api = () => request(t.server);
const login = (email: string, password = PASSWORD) => api().post('/api/v1/customers/login').send({ email, password });
const me = (accessToken: string) => api().get('/api/v1/me').set(bearer(accessToken));
const refresh = (refreshToken: string) => api().post('/api/v1/customers/refresh').send({ refreshToken });

describe('registration', () => {
  it('opens the account logged in, with the profile given and the email not yet confirmed', async () => {
    const email = newEmail('Maria');
    const res = await api()
      .post('/api/v1/customers/register')
      .set('Accept-Language', 'zh-CN,zh;q=0.9')
      .send({ email: email.toUpperCase(), password: PASSWORD, fullName: 'Иванова Мария Петровна', phone: '8 (921) 123-45-67' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      tokenType: 'Bearer',
      expiresIn: 900,
      customer: { email: email.toLowerCase(), emailVerified: false, fullName: 'Иванова Мария Петровна', phone: '+79211234567', preferredLang: 'zh', preferredMessenger: 'none' },
    });
    expect((await me(res.body.accessToken)).body.email).toBe(email.toLowerCase());
    // The same address in other letters is the same account.
    const again = await api().post('/api/v1/customers/register').send({ email: email.toLowerCase(), password: PASSWORD });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('email_already_registered');
  });

  it('refuses weak passwords, naming the field and the reason', async () => {
    const email = newEmail('weak');
    for (const [password, reason] of [['short', 'too_short'], ['qwertyuiop', 'too_common'], [`${email.split('@')[0]}-2026`, 'contains_email']]) {
      const res = await api().post('/api/v1/customers/register').send({ email, password });
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ code: 'password_too_weak', params: { reason }, errors: [{ path: 'body.password' }] });
    }
    const badPhone = await api().post('/api/v1/customers/register').send({ email, password: PASSWORD, phone: '12345' });
    expect(badPhone.body.errors).toEqual([{ path: 'body.phone', message: 'is not a valid phone number' }]);
    expect((await login(email)).status).toBe(401);
  });
});

describe('login', () => {
  it('answers an unknown email and a wrong password alike', async () => {
    const { email } = await register(t);
    const wrong = await login(email, 'не-тот-пароль-2026');
    const unknown = await login(newEmail('nobody'));
    expect([wrong.status, unknown.status]).toEqual([401, 401]);
    const strip = (body: Record<string, unknown>) => ({ ...body, instance: undefined });
    expect(strip(wrong.body)).toEqual(strip(unknown.body));
    expect(wrong.body.code).toBe('invalid_credentials');
    const ok = await login(email.toUpperCase());
    expect(ok.status).toBe(200);
    expect((await me(ok.body.accessToken)).status).toBe(200);
  });
});

describe('refresh tokens', () => {
  it('rotate: each works once, and the new pair continues the login', async () => {
    const { session } = await register(t);
    const first = await refresh(session.refreshToken);
    expect(first.status).toBe(200);
    expect(first.body.refreshToken).not.toBe(session.refreshToken);
    expect((await me(first.body.accessToken)).status).toBe(200);
    const second = await refresh(first.body.refreshToken);
    expect(second.status).toBe(200);
  });

  it('end the whole login when a used one is presented again (it leaked)', async () => {
    const { session } = await register(t);
    const next = await refresh(session.refreshToken);
    const replay = await refresh(session.refreshToken);
    expect(replay.status).toBe(401);
    expect(replay.body.code).toBe('invalid_refresh_token');
    // The thief's and the owner's copies are both dead, access tokens included.
    expect((await refresh(next.body.refreshToken)).status).toBe(401);
    expect((await me(next.body.accessToken)).body.code).toBe('invalid_access_token');
  });
});

describe('logout', () => {
  it('ends this login only', async () => {
    const { email, session: here } = await register(t);
    const there = (await login(email)).body;
    expect((await api().post('/api/v1/me/logout').set(bearer(here.accessToken))).status).toBe(204);
    expect((await me(here.accessToken)).status).toBe(401);
    expect((await refresh(here.refreshToken)).status).toBe(401);
    expect((await me(there.accessToken)).status).toBe(200);
    expect((await refresh(there.refreshToken)).status).toBe(200);
  });

  it('everywhere ends every login of the account and nobody else’s', async () => {
    const { email, session: here } = await register(t);
    const there = (await login(email)).body;
    const bystander = (await register(t)).session;
    expect((await api().post('/api/v1/me/logout-all').set(bearer(there.accessToken))).status).toBe(204);
    for (const s of [here, there]) {
      expect((await me(s.accessToken)).status).toBe(401);
      expect((await refresh(s.refreshToken)).status).toBe(401);
    }
    expect((await me(bystander.accessToken)).status).toBe(200);
  });
});

describe('profile', () => {
  it('changes only the fields sent, with messenger handles in their canonical form', async () => {
    const { session } = await register(t, { fullName: 'Петров Пётр Петрович' });
    const patch = (body: Record<string, unknown>) => api().patch('/api/v1/me').set(bearer(session.accessToken)).send(body);
    const res = await patch({ preferredLang: 'en', preferredMessenger: 'telegram', messengerHandle: 'petrov_spb', phone: '+7 921 765-43-21' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ fullName: 'Петров Пётр Петрович', preferredLang: 'en', preferredMessenger: 'telegram', messengerHandle: '@petrov_spb', phone: '+79217654321' });
    // A new messenger needs its own handle; the old one is not carried over.
    const missing = await patch({ preferredMessenger: 'whatsapp' });
    expect(missing.status).toBe(400);
    expect(missing.body.errors[0].path).toBe('body.messengerHandle');
    expect((await patch({ preferredMessenger: 'max', messengerHandle: 'not-an-id' })).status).toBe(400);
    const none = await patch({ preferredMessenger: 'none', phone: null });
    expect(none.body).toMatchObject({ preferredMessenger: 'none', messengerHandle: null, phone: null, preferredLang: 'en' });
    expect((await me(session.accessToken)).body).toEqual(none.body);
  });

  it('is only for a logged-in customer', async () => {
    expect((await api().get('/api/v1/me')).body.code).toBe('authentication_required');
    expect((await me('not.a.token')).body.code).toBe('invalid_access_token');
  });
});

describe('access token audiences', () => {
  it('a staff token opens nothing of a customer’s, and a customer token is no staff token', async () => {
    const { customerId, session } = await register(t);
    const staffToken = await t.services.auth.tokens.issue('staff', { sub: customerId, sid: session.customer.id });
    const res = await me(staffToken);
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('invalid_access_token');
    expect(await t.services.auth.tokens.verify('staff', session.accessToken)).toBeNull();
    expect(await t.services.auth.tokens.verify('customer', session.accessToken)).toMatchObject({ sub: customerId });
  });
});

describe('changing the password', () => {
  it('needs the current one, ends the other logins and keeps this one', async () => {
    const { email, session: here } = await register(t);
    const there = (await login(email)).body;
    const change = (body: Record<string, unknown>) => api().post('/api/v1/me/password').set(bearer(here.accessToken)).send(body);
    const wrong = await change({ currentPassword: 'угадал-не-угадал', newPassword: 'новый-пароль-на-лето' });
    expect(wrong.status).toBe(403);
    expect(wrong.body.code).toBe('current_password_incorrect');
    expect((await change({ currentPassword: PASSWORD, newPassword: 'qwertyuiop' })).body.code).toBe('password_too_weak');
    expect((await change({ currentPassword: PASSWORD, newPassword: 'новый-пароль-на-лето' })).status).toBe(204);

    expect((await me(here.accessToken)).status).toBe(200);
    expect((await refresh(here.refreshToken)).status).toBe(200);
    expect((await me(there.accessToken)).status).toBe(401);
    expect((await refresh(there.refreshToken)).status).toBe(401);
    expect((await login(email)).status).toBe(401);
    expect((await login(email, 'новый-пароль-на-лето')).status).toBe(200);
  });
});
