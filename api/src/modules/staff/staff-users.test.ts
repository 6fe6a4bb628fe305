import request from 'supertest';
import { startTestApp, type TestApp } from '../../test/test-app';
import { auditRows, makeStaff, STAFF_PASSWORD } from '../../test/staff-factory';
import { until } from '../../test/notifications-factory';
import { STAFF_ACCESS_LOCK_KEY } from './staff-users.service';

/** Managing staff: accounts, per-section permissions, and the rules that stop anyone grabbing more. */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const api = (auth: { authorization: string }) => ({
  create: (body: object) => request(t.server).post('/api/v1/admin/users').set(auth).send(body),
  update: (id: string, body: object) => request(t.server).patch(`/api/v1/admin/users/${id}`).set(auth).send(body),
  grants: (id: string, grants: object) => request(t.server).put(`/api/v1/admin/users/${id}/permissions`).set(auth).send({ grants }),
  reset: (id: string, password: string) => request(t.server).post(`/api/v1/admin/users/${id}/password`).set(auth).send({ password }),
});
/** Until `count` requests wait on the staff access lock (in this test's database). */
async function waitForLockWaiters(count: number): Promise<void> {
  const waiting = async () => {
    const [row] = await t.db.query(
      "SELECT count(*)::int AS waiting FROM pg_locks WHERE locktype = 'advisory' AND objid = $1 AND NOT granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())",
      [STAFF_ACCESS_LOCK_KEY],
    );
    return row.waiting as number;
  };
  await until(async () => (await waiting()) >= count, 2_000, `${count} requests waiting on the staff access lock`);
}
const newUser = (overrides: object = {}) => ({
  email: `new.${Math.random().toString(36).slice(2, 10)}@prichal.test`, name: 'Анна Смирнова', role: 'manager', password: 'temporary-pass-1', ...overrides,
});

it('creates a Manager who signs in only to change the given password, and audits who did it', async () => {
  const admin = await makeStaff(t, { role: 'administrator' });
  const body = newUser({ grants: { orders: 'write', refunds: 'read' } });
  const res = await api(admin.auth).create(body);
  expect(res.status).toBe(201);
  expect(res.body).toMatchObject({ role: 'manager', active: true, mustChangePassword: true, grants: { orders: 'write', refunds: 'read' } });
  const login = await request(t.server).post('/api/v1/admin/auth/login').send({ email: body.email, password: body.password });
  expect(login.body.user.mustChangePassword).toBe(true);
  const [row] = await auditRows(t, 'staff_user', res.body.id);
  expect(row).toMatchObject({ action: 'staff.user_create', actor_id: admin.id, after: { email: body.email, role: 'manager', grants: { orders: 'write', refunds: 'read' } } });
  expect(row.after).not.toHaveProperty('password');

  const again = await api(admin.auth).create({ ...body, email: body.email.toUpperCase() });
  expect(again.status).toBe(409);
  expect(again.body.code).toBe('staff_email_taken');
  const weak = await api(admin.auth).create(newUser({ password: 'short' }));
  expect(weak.status).toBe(400);
  expect(weak.body.errors[0].path).toBe('body.password');
  const badSection = await api(admin.auth).create(newUser({ grants: { treasury: 'write' } }));
  expect(badSection.status).toBe(400);
});

it('sets per-section permissions that take effect on the next request, with before and after audited', async () => {
  const admin = await makeStaff(t, { role: 'administrator' });
  const manager = await makeStaff(t, { grants: { orders: 'read' } });
  expect((await request(t.server).get('/api/v1/admin/users').set(manager.auth)).status).toBe(403);
  const res = await api(admin.auth).grants(manager.id, { orders: 'read', users: 'read' });
  expect(res.status).toBe(200);
  expect(res.body.permissions).toEqual(['orders:read', 'users:read']);
  expect((await request(t.server).get('/api/v1/admin/users').set(manager.auth)).status).toBe(200);
  const [row] = (await auditRows(t, 'staff_user', manager.id)).filter((r) => r.action === 'staff.permissions_change');
  expect(row).toMatchObject({ actor_id: admin.id, before: { grants: { orders: 'read' } }, after: { grants: { orders: 'read', users: 'read' } } });
});

it('lets a Manager with users:write manage Managers only within their own permissions', async () => {
  const lead = await makeStaff(t, { grants: { users: 'write', orders: 'write' } });
  const colleague = await makeStaff(t, { grants: { reports: 'read' } });
  const admin = await makeStaff(t, { role: 'administrator' });

  const beyond = await api(lead.auth).grants(colleague.id, { orders: 'write', settings: 'write' });
  expect(beyond.status).toBe(403);
  expect(beyond.body).toMatchObject({ code: 'permission_escalation', params: { permissions: ['settings:write'] } });
  // What the colleague already holds may stay, even if the lead does not hold it.
  expect((await api(lead.auth).grants(colleague.id, { reports: 'read', orders: 'read' })).status).toBe(200);
  expect((await api(lead.auth).grants(colleague.id, { reports: 'write' })).body.code).toBe('permission_escalation');

  expect((await api(lead.auth).create(newUser({ role: 'administrator' }))).body.code).toBe('administrator_only');
  expect((await api(lead.auth).update(colleague.id, { role: 'administrator' })).body.code).toBe('administrator_only');
  expect((await api(lead.auth).update(admin.id, { active: false })).body.code).toBe('administrator_only');
  expect((await api(lead.auth).reset(admin.id, 'another-password-1')).body.code).toBe('administrator_only');
  expect((await api(lead.auth).grants(lead.id, { users: 'write', orders: 'write', settings: 'read' })).body.code).toBe('permission_escalation');
});

it('keeps an active administrator, and nobody deactivates or demotes themselves', async () => {
  const admin = await makeStaff(t, { role: 'administrator' });
  const self = await api(admin.auth).update(admin.id, { active: false });
  expect(self.status).toBe(409);
  expect(self.body.code).toBe('cannot_change_own_access');
  expect((await api(admin.auth).update(admin.id, { name: 'Главный администратор' })).status).toBe(200);

  const demotee = await makeStaff(t, { role: 'administrator' });
  expect((await api(admin.auth).update(demotee.id, { role: 'manager' })).status).toBe(200);
  expect((await request(t.server).get('/api/v1/admin/users').set(demotee.auth)).body.code).toBe('permission_denied');

  const second = await makeStaff(t, { role: 'administrator' });
  // Every other administrator goes; then the last two try to remove each other at once.
  const others = await t.db.query("SELECT id FROM staff_user WHERE role = 'administrator' AND active AND id NOT IN ($1, $2)", [admin.id, second.id]);
  for (const { id } of others) expect((await api(admin.auth).update(id, { active: false })).status).toBe(200);
  // Both requests must be past sign-in before either changes anything, or the loser is merely
  // refused for having lost its own access; so hold the access lock until both wait on it.
  const gate = t.db.createQueryRunner();
  await gate.query('SELECT pg_advisory_lock($1)', [STAFF_ACCESS_LOCK_KEY]);
  const racing = Promise.all([api(admin.auth).update(second.id, { active: false }), api(second.auth).update(admin.id, { role: 'manager' })]);
  await waitForLockWaiters(2);
  await gate.query('SELECT pg_advisory_unlock($1)', [STAFF_ACCESS_LOCK_KEY]);
  await gate.release();
  const duel = await racing;
  expect(duel.map((r) => r.status).sort()).toEqual([200, 409]);
  expect(duel.find((r) => r.status === 409)?.body.code).toBe('last_administrator');
  const [{ count }] = await t.db.query("SELECT count(*)::int AS count FROM staff_user WHERE role = 'administrator' AND active");
  expect(count).toBe(1);
});

it('resets a password: every login of the user ends and the temporary one must be changed', async () => {
  const admin = await makeStaff(t, { role: 'administrator' });
  const manager = await makeStaff(t, { grants: { users: 'read' } });
  const res = await api(admin.auth).reset(manager.id, 'temporary-pass-2');
  expect(res.body.mustChangePassword).toBe(true);
  expect((await request(t.server).get('/api/v1/admin/users').set(manager.auth)).status).toBe(401);
  expect((await request(t.server).post('/api/v1/admin/auth/login').send({ email: manager.email, password: STAFF_PASSWORD })).status).toBe(401);
  const login = await request(t.server).post('/api/v1/admin/auth/login').send({ email: manager.email, password: 'temporary-pass-2' });
  expect(login.body.user.mustChangePassword).toBe(true);
  expect((await auditRows(t, 'staff_user', manager.id)).map((r) => r.action)).toContain('staff.password_reset');
});

it('refuses a common password for a new staff user, as for a customer, and creates nobody', async () => {
  const admin = await makeStaff(t, { role: 'administrator' });
  const body = newUser({ password: 'password123' });
  const res = await api(admin.auth).create(body);
  expect(res.status).toBe(400);
  expect(res.body).toMatchObject({ code: 'validation_failed', errors: [{ path: 'body.password', message: 'is one of the most common passwords' }] });
  expect(await t.db.query('SELECT 1 FROM staff_user WHERE email = $1', [body.email])).toEqual([]);
});
