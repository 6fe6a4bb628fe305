import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { startTestApp, type TestApp } from '../../test/test-app';
import { makeStaff, STAFF_PASSWORD } from '../../test/staff-factory';

/** The audit trail: append-only in the database itself, and searchable by actor, entity, action and period. */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const audit = (auth: { authorization: string }, query: Record<string, string | number> = {}) =>
  request(t.server).get('/api/v1/admin/audit').query(query).set(auth);

it('refuses to change or remove audit rows, whoever asks', async () => {
  const staff = await makeStaff(t);
  await request(t.server).post('/api/v1/admin/auth/login').send({ email: staff.email, password: 'wrong password' });
  const [row] = await t.db.query("SELECT id FROM audit_log WHERE actor_label = $1 AND action = 'staff.login_failed'", [staff.email]);
  expect(row).toBeDefined();
  for (const statement of [
    `UPDATE audit_log SET actor_label = 'someone else' WHERE id = ${row.id}`,
    `DELETE FROM audit_log WHERE id = ${row.id}`,
    'TRUNCATE audit_log',
  ]) {
    await expect(t.db.query(statement)).rejects.toThrow(/append-only/);
  }
  const [still] = await t.db.query('SELECT actor_label FROM audit_log WHERE id = $1', [row.id]);
  expect(still.actor_label).toBe(staff.email);
});

it('shares the action’s transaction: when the audit row cannot be written, the change is undone too', async () => {
  const admin = await makeStaff(t, { role: 'administrator' });
  const subject = await makeStaff(t);
  const principal = await t.services.staff.auth.authenticate(admin.token);
  // An actor id that is no staff user: the audit row's foreign key fails after the UPDATE ran.
  const ghost = { actor: { id: randomUUID(), label: 'ghost' }, ip: null, requestId: null };
  await expect(t.services.staff.users.update(ghost, principal, subject.id, { name: 'Не сохранится' })).rejects.toThrow();
  const [row] = await t.db.query('SELECT name FROM staff_user WHERE id = $1', [subject.id]);
  expect(row.name).not.toBe('Не сохранится');
});

describe('GET /admin/audit', () => {
  let auditor: Awaited<ReturnType<typeof makeStaff>>;
  let admin: Awaited<ReturnType<typeof makeStaff>>;
  let subject: Awaited<ReturnType<typeof makeStaff>>;
  beforeAll(async () => {
    auditor = await makeStaff(t, { grants: { audit: 'read' } });
    admin = await makeStaff(t, { role: 'administrator' });
    subject = await makeStaff(t);
    await request(t.server).post('/api/v1/admin/auth/login').send({ email: subject.email, password: STAFF_PASSWORD });
    await request(t.server).put(`/api/v1/admin/users/${subject.id}/permissions`).set(admin.auth).send({ grants: { reports: 'read' } });
    await request(t.server).patch(`/api/v1/admin/users/${subject.id}`).set(admin.auth).send({ name: 'Новое имя' });
  });

  it('filters by actor, entity and action (exact or a whole entity’s actions)', async () => {
    const byAdmin = await audit(auditor.auth, { actorId: admin.id });
    expect(byAdmin.status).toBe(200);
    expect(byAdmin.body.items.map((r: any) => r.action)).toEqual(['staff.user_update', 'staff.permissions_change']);
    expect(byAdmin.body.items[0]).toMatchObject({
      actor: { id: admin.id, label: admin.email }, entityType: 'staff_user', entityId: subject.id,
      before: { name: expect.any(String) }, after: { name: 'Новое имя' },
    });
    expect(byAdmin.body.items[0].ip).toMatch(/127\.0\.0\.1/);

    const aboutSubject = await audit(auditor.auth, { entityType: 'staff_user', entityId: subject.id });
    expect(aboutSubject.body.items.map((r: any) => r.action)).toEqual(['staff.user_update', 'staff.permissions_change', 'staff.login']);
    const logins = await audit(auditor.auth, { action: 'staff.login', entityId: subject.id });
    expect(logins.body.items).toHaveLength(1);
    const everyStaffAction = await audit(auditor.auth, { action: 'staff.', entityId: subject.id });
    expect(everyStaffAction.body.items).toHaveLength(3);
  });

  it('filters by period, in Moscow days or exact instants', async () => {
    const today = new Date(Date.now() + 3 * 3_600_000).toISOString().slice(0, 10);
    expect((await audit(auditor.auth, { entityId: subject.id, dateFrom: today, dateTo: today })).body.items).toHaveLength(3);
    expect((await audit(auditor.auth, { entityId: subject.id, dateFrom: new Date(Date.now() + 60_000).toISOString() })).body.items).toHaveLength(0);
    expect((await audit(auditor.auth, { entityId: subject.id, dateTo: '2020-01-01' })).body.items).toHaveLength(0);
    const bad = await audit(auditor.auth, { dateFrom: 'yesterday' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].path).toBe('query.dateFrom');
  });

  it('pages with a cursor, newest first, without gaps or repeats', async () => {
    const all = (await audit(auditor.auth, { limit: 200 })).body.items.map((r: any) => r.id);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: any = await audit(auditor.auth, { limit: 2, ...(cursor ? { cursor } : {}) });
      seen.push(...page.body.items.map((r: any) => r.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all);
    expect(all.map(Number)).toEqual([...all.map(Number)].sort((a, b) => b - a));
  });
});
