import request from 'supertest';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { auditRows, makeStaff, type StaffLogin } from '../../../test/staff-factory';

/** The CRM's company requisites: checked by the documents module, audited with the fields before and after. */
let t: TestApp;
let admin: StaffLogin;
let reader: StaffLogin;
beforeAll(async () => {
  t = await startTestApp();
  admin = await makeStaff(t, { grants: { settings: 'write' } });
  reader = await makeStaff(t, { grants: { settings: 'read' } });
});
afterAll(() => t.close());

const api = (method: 'get' | 'put' | 'post', path: string, staff: StaffLogin = admin) => request(t.server)[method](`/api/v1/admin${path}`).set(staff.auth);

describe('company requisites', () => {
  it('saves checked requisites, which the documents print from then on, and audits the changed fields only', async () => {
    const before = (await api('get', '/settings/requisites', reader)).body;
    expect(before).toEqual(await t.services.documents.requisites.get());
    const res = await api('put', '/settings/requisites').send({ ...before, bankName: 'ПАО «Балтийский банк»', phone: '+7 812 600-00-01' });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ ...before, bankName: 'ПАО «Балтийский банк»', phone: '+7 812 600-00-01' });
    expect(await t.services.documents.requisites.get()).toEqual(res.body);
    const rows = await auditRows(t, 'settings', 'requisites');
    expect(rows.map((r) => [r.action, r.actor_id, r.before, r.after])).toEqual([
      ['settings.requisites_change', admin.id, { bankName: before.bankName, phone: before.phone }, { bankName: 'ПАО «Балтийский банк»', phone: '+7 812 600-00-01' }],
    ]);
  });

  it('refuses a wrong ИНН or an account that does not match the БИК, naming the fields, and changes nothing', async () => {
    const current = (await api('get', '/settings/requisites')).body;
    const res = await api('put', '/settings/requisites').send({ ...current, inn: '7707083890', settlementAccount: '40702810900000000001' });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['body.inn', 'body.settlementAccount']);
    expect(await t.services.documents.requisites.get()).toEqual(current);
    expect(await auditRows(t, 'settings', 'requisites')).toHaveLength(1);
    expect((await api('put', '/settings/requisites', reader).send(current)).status).toBe(403);
  });
});
