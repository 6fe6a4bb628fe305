import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { startTestApp, type TestApp } from '../../test/test-app';
import { auditRows, makeStaff, STAFF_PASSWORD } from '../../test/staff-factory';

/** Staff sign-in: passwords, throttling, refresh rotation, logout and deactivation that bite at once. */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const login = (email: string, password: string) => request(t.server).post('/api/v1/admin/auth/login').send({ email, password });
const me = (token: string) => request(t.server).get('/api/v1/admin/auth/me').set('authorization', `Bearer ${token}`);
const users = (token: string) => request(t.server).get('/api/v1/admin/users').set('authorization', `Bearer ${token}`);

it('signs in with e-mail and password, and audits the login with the caller’s IP', async () => {
  const staff = await makeStaff(t, { role: 'manager', grants: { orders: 'write', users: 'read' } });
  const res = await login(staff.email.toUpperCase(), STAFF_PASSWORD);
  expect(res.status).toBe(200);
  expect(res.headers['cache-control']).toBe('no-store');
  expect(res.body.user).toMatchObject({ id: staff.id, role: 'manager', mustChangePassword: false, grants: { orders: 'write', users: 'read' } });
  expect(res.body.user.permissions).toEqual(expect.arrayContaining(['orders:read', 'orders:write', 'users:read']));
  expect(res.body.user.permissions).not.toContain('users:write');
  expect((await me(res.body.accessToken)).body.email).toBe(staff.email);
  const [row] = (await auditRows(t, 'staff_user', staff.id)).filter((r) => r.action === 'staff.login');
  expect(row).toMatchObject({ actor_id: staff.id, actor_label: staff.email });
  expect(row.ip).toMatch(/127\.0\.0\.1/);
});

it('refuses a wrong password or an unknown e-mail alike, and audits both failures', async () => {
  const staff = await makeStaff(t);
  const wrong = await login(staff.email, 'not the password');
  const unknown = await login(`nobody-${randomUUID()}@prichal.test`, STAFF_PASSWORD);
  for (const res of [wrong, unknown]) {
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('invalid_credentials');
  }
  const failures = await t.db.query("SELECT actor_id, actor_label, entity_id, after FROM audit_log WHERE action = 'staff.login_failed' ORDER BY id");
  expect(failures).toEqual(expect.arrayContaining([
    expect.objectContaining({ actor_id: null, actor_label: staff.email, entity_id: staff.id, after: expect.objectContaining({ reason: 'wrong_password' }) }),
    expect.objectContaining({ actor_id: null, entity_id: null, after: expect.objectContaining({ reason: 'unknown_account' }) }),
  ]));
});

it('pauses an account after five failed logins, even for the right password', async () => {
  const staff = await makeStaff(t);
  for (let i = 0; i < 5; i += 1) expect((await login(staff.email, `guess-${i}`)).status).toBe(401);
  const paused = await login(staff.email, STAFF_PASSWORD);
  expect(paused.status).toBe(429);
  expect(paused.body.code).toBe('too_many_login_attempts');
  expect(Number(paused.headers['retry-after'])).toBeGreaterThan(0);
});

it('rotates refresh tokens: each works once, and a reused one ends the login', async () => {
  const staff = await makeStaff(t, { grants: { users: 'read' } });
  const first = await request(t.server).post('/api/v1/admin/auth/refresh').send({ refreshToken: staff.refreshToken });
  expect(first.status).toBe(200);
  expect((await users(first.body.accessToken)).status).toBe(200);
  const reused = await request(t.server).post('/api/v1/admin/auth/refresh').send({ refreshToken: staff.refreshToken });
  expect(reused.status).toBe(401);
  expect(reused.body.code).toBe('invalid_refresh_token');
  // The theft response: the whole login is over, the newer tokens included.
  expect((await users(first.body.accessToken)).status).toBe(401);
  expect((await request(t.server).post('/api/v1/admin/auth/refresh').send({ refreshToken: first.body.refreshToken })).status).toBe(401);
});

it('logs out: the access token stops working at once, not when it expires', async () => {
  const staff = await makeStaff(t, { grants: { users: 'read' } });
  expect((await users(staff.token)).status).toBe(200);
  expect((await request(t.server).post('/api/v1/admin/auth/logout').set(staff.auth)).status).toBe(204);
  const after = await users(staff.token);
  expect(after.status).toBe(401);
  expect(after.body).toMatchObject({ code: 'authentication_required', params: { reason: 'revoked' } });
  expect((await request(t.server).post('/api/v1/admin/auth/refresh').send({ refreshToken: staff.refreshToken })).status).toBe(401);
});

it('locks a deactivated user out of every login at once, and out of signing in again', async () => {
  const admin = await makeStaff(t, { role: 'administrator' });
  const staff = await makeStaff(t, { grants: { users: 'read' } });
  const secondLogin = (await login(staff.email, STAFF_PASSWORD)).body;
  const res = await request(t.server).patch(`/api/v1/admin/users/${staff.id}`).set(admin.auth).send({ active: false });
  expect(res.status).toBe(200);
  expect(res.body.active).toBe(false);
  expect((await users(staff.token)).status).toBe(401);
  expect((await users(secondLogin.accessToken)).status).toBe(401);
  expect((await request(t.server).post('/api/v1/admin/auth/refresh').send({ refreshToken: secondLogin.refreshToken })).status).toBe(401);
  expect((await login(staff.email, STAFF_PASSWORD)).status).toBe(401);
  const rows = await auditRows(t, 'staff_user', staff.id);
  expect(rows.find((r) => r.action === 'staff.user_deactivate')).toMatchObject({ actor_id: admin.id, before: { active: true }, after: { active: false } });
});

it('holds a user who must change the password to that until they do', async () => {
  const staff = await makeStaff(t, { grants: { users: 'read' }, mustChangePassword: true });
  const blocked = await users(staff.token);
  expect(blocked.status).toBe(403);
  expect(blocked.body.code).toBe('password_change_required');
  expect((await me(staff.token)).body.mustChangePassword).toBe(true);

  const change = (body: object) => request(t.server).post('/api/v1/admin/auth/password').set(staff.auth).send(body);
  const short = await change({ currentPassword: STAFF_PASSWORD, newPassword: 'short' });
  expect(short.status).toBe(400);
  expect(short.body.errors[0].path).toBe('body.newPassword');
  expect((await change({ currentPassword: 'wrong', newPassword: 'a-long-new-password' })).body.errors[0].path).toBe('body.currentPassword');
  expect((await change({ currentPassword: STAFF_PASSWORD, newPassword: STAFF_PASSWORD })).status).toBe(400);

  const changed = await change({ currentPassword: STAFF_PASSWORD, newPassword: 'a-long-new-password' });
  expect(changed.status).toBe(200);
  expect(changed.body.user.mustChangePassword).toBe(false);
  expect((await users(changed.body.accessToken)).status).toBe(200);
  // Every earlier login ended with the old password.
  expect((await users(staff.token)).status).toBe(401);
  expect((await login(staff.email, 'a-long-new-password')).status).toBe(200);
  expect((await auditRows(t, 'staff_user', staff.id)).map((r) => r.action)).toContain('staff.password_change');
});

it('never accepts a customer’s token, a forged one or none at all', async () => {
  const staff = await makeStaff(t, { role: 'administrator' });
  const customer = await t.services.auth.tokens.issue('customer', { sub: staff.id, sid: staff.sessionId });
  for (const token of [customer, `${staff.token}x`, 'garbage']) {
    const res = await users(token);
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('authentication_required');
  }
  const none = await request(t.server).get('/api/v1/admin/users');
  expect(none.status).toBe(401);
  expect(none.body.params.reason).toBe('missing');
});
