import request from 'supertest';
import { startTestApp, type TestApp } from '../../test/test-app';
import { ensureInitialAdmin } from './initial-admin';

/** The first administrator: made once from the environment, and made to choose a password. */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

it('creates the administrator from ADMIN_EMAIL / ADMIN_PASSWORD once, however many processes start', async () => {
  const starts = await Promise.all(
    [1, 2, 3].map(() => ensureInitialAdmin(t.db, t.services.audit, { email: 'Boss@Prichal.test', password: 'first-password-1' })),
  );
  expect(starts.filter(Boolean)).toEqual([{ email: 'boss@prichal.test', generatedPassword: null }]);
  expect(await ensureInitialAdmin(t.db, t.services.audit, {})).toBeNull();
  const admins = await t.db.query('SELECT id, role, must_change_password FROM staff_user');
  expect(admins).toEqual([expect.objectContaining({ role: 'administrator', must_change_password: true })]);
  const [audit] = await t.db.query("SELECT actor_id, actor_label, after FROM audit_log WHERE action = 'staff.user_create'");
  expect(audit).toMatchObject({ actor_id: null, actor_label: 'system', after: { email: 'boss@prichal.test', initial: true } });

  const login = await request(t.server).post('/api/v1/admin/auth/login').send({ email: 'boss@prichal.test', password: 'first-password-1' });
  expect(login.body.user).toMatchObject({ role: 'administrator', mustChangePassword: true });
  const auth = { authorization: `Bearer ${login.body.accessToken}` };
  const blocked = await request(t.server).get('/api/v1/admin/users').set(auth);
  expect(blocked.body.code).toBe('password_change_required');
  const changed = await request(t.server).post('/api/v1/admin/auth/password').set(auth)
    .send({ currentPassword: 'first-password-1', newPassword: 'my-own-password-2' });
  const users = await request(t.server).get('/api/v1/admin/users').set({ authorization: `Bearer ${changed.body.accessToken}` });
  expect(users.status).toBe(200);
  expect(users.body.items).toHaveLength(1);
});
