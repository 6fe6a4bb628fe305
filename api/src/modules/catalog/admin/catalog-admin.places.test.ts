import request from 'supertest';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { makeSeatedSailing } from '../../../test/seating-factory';
import { auditRows, makeStaff, type StaffLogin } from '../../../test/staff-factory';

/** Berths, routes, ticket types and seat categories: validated, audited, and what the shop then shows. */
let t: TestApp;
let editor: StaffLogin;
beforeAll(async () => {
  t = await startTestApp();
  editor = await makeStaff(t, { grants: { catalog: 'write' } });
});
afterAll(() => t.close());

const admin = (method: 'get' | 'post' | 'patch' | 'delete', path: string, body?: object) => {
  const req = request(t.server)[method](`/api/v1/admin${path}`).set(editor.auth);
  return body ? req.send(body) : req;
};
const berth = (ru: string) => ({ name: { ru, en: `${ru} (en)` }, address: { ru: 'Дворцовая наб., 38' }, latitude: 59.94, longitude: 30.31 });

it('adds, changes and removes a berth, with before and after in the audit trail', async () => {
  const created = await admin('post', '/berths', berth('Причал у Эрмитажа'));
  expect(created.status).toBe(201);
  const id = created.body.id;
  expect((await admin('get', '/berths')).body.items.map((b: any) => b.id)).toContain(id);
  const changed = await admin('patch', `/berths/${id}`, { latitude: 59.9401 });
  expect(changed.body).toMatchObject({ latitude: 59.9401, name: { ru: 'Причал у Эрмитажа' } });
  expect((await admin('delete', `/berths/${id}`)).body).toEqual({ id, deleted: true });
  expect((await admin('get', '/berths')).body.items.map((b: any) => b.id)).not.toContain(id);
  const rows = await auditRows(t, 'berth', id);
  expect(rows.map((r) => r.action)).toEqual(['catalog.berth_create', 'catalog.berth_update', 'catalog.berth_delete']);
  expect(rows[1]).toMatchObject({ actor_id: editor.id, before: { latitude: 59.94 }, after: { latitude: 59.9401 } });

  const bad = await admin('post', '/berths', { ...berth('Без широты'), latitude: 123 });
  expect(bad.status).toBe(400);
  expect(bad.body.errors[0].path).toBe('body.latitude');
  expect((await admin('patch', `/berths/${id}`, { latitude: 59.9 })).status).toBe(404);
});

it('builds routes from berths, refuses unknown ones, and keeps a berth a route uses', async () => {
  const a = (await admin('post', '/berths', berth('Адмиралтейская'))).body;
  const b = (await admin('post', '/berths', berth('Петергоф'))).body;
  const route = { name: { ru: 'Метеор в Петергоф' }, description: { ru: 'По Финскому заливу' }, durationMinutes: 40, stops: [{ berthId: a.id, offsetMinutes: 0 }, { berthId: b.id, offsetMinutes: 40 }] };
  const created = await admin('post', '/routes', route);
  expect(created.status).toBe(201);
  expect(created.body.stops).toEqual(route.stops);
  const unknown = await admin('post', '/routes', { ...route, stops: [{ berthId: a.id, offsetMinutes: 0 }, { berthId: a.id.replace(/.$/, '0'), offsetMinutes: 5 }] });
  expect(unknown.status).toBe(400);
  expect(unknown.body.errors).toEqual([{ path: 'body.stops.1.berthId', message: 'is not a berth' }]);
  const inUse = await admin('delete', `/berths/${b.id}`);
  expect(inUse.status).toBe(409);
  expect(inUse.body.code).toBe('berth_in_use');
  const reversed = await admin('patch', `/routes/${created.body.id}`, { stops: [{ berthId: b.id, offsetMinutes: 0 }, { berthId: a.id, offsetMinutes: 40 }] });
  expect(reversed.body.stops[0].berthId).toBe(b.id);
  expect((await auditRows(t, 'route', created.body.id)).map((r) => r.action)).toEqual(['catalog.route_create', 'catalog.route_update']);
});

it('renaming a route changes what the shop’s search finds', async () => {
  const sailing = await makeSeatedSailing(t);
  const [{ route_id: routeId }] = await t.db.query('SELECT route_id FROM event WHERE id = $1', [sailing.eventId]);
  expect((await admin('patch', `/routes/${routeId}`, { name: { ru: 'Северная Венеция', en: 'Northern Venice' } })).status).toBe(200);
  const found = await request(t.server).get('/api/v1/events').query({ q: 'венеция' });
  expect(found.body.items.map((e: any) => e.id)).toContain(sailing.eventId);
  const busy = await admin('delete', `/routes/${routeId}`);
  expect(busy.body.code).toBe('route_in_use');
});

it('adds ticket types and seat categories with unique codes; the code never changes', async () => {
  const type = await admin('post', '/ticket-types', { code: 'pensioner', name: { ru: 'Пенсионный' }, description: { ru: 'С удостоверением' }, sortOrder: 3 });
  expect(type.status).toBe(201);
  expect((await admin('post', '/ticket-types', { code: 'pensioner', name: { ru: 'Ещё' }, description: { ru: '' } })).body.code).toBe('ticket_type_code_taken');
  const renamed = await admin('patch', `/ticket-types/${type.body.id}`, { name: { ru: 'Пенсионер' }, code: 'other' });
  expect(renamed.body).toMatchObject({ code: 'pensioner', name: { ru: 'Пенсионер' } });
  const badCode = await admin('post', '/seat-categories', { code: 'Window Seat', name: { ru: 'У окна' } });
  expect(badCode.status).toBe(400);
  expect(badCode.body.errors[0].path).toBe('body.code');
  const category = await admin('post', '/seat-categories', { code: 'window_vip', name: { ru: 'У окна VIP' } });
  expect(category.status).toBe(201);
  expect((await admin('get', '/seat-categories')).body.items.map((c: any) => c.code)).toContain('window_vip');
  expect((await admin('delete', `/ticket-types/${type.body.id}`)).status).toBe(200);
  expect((await auditRows(t, 'ticket_type', type.body.id)).map((r) => r.action)).toEqual(['catalog.ticket_type_create', 'catalog.ticket_type_update', 'catalog.ticket_type_delete']);
});
