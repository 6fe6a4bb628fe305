import request from 'supertest';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { makeGaSailing, makeSeatedSailing, newSession } from '../../../test/seating-factory';
import { auditRows, makeStaff, type StaffLogin } from '../../../test/staff-factory';
import { paidOrder } from '../../../test/paid-order-factory';

/** Vessels and seat layouts: edit anything, never drop a seat that is sold or held. */
let t: TestApp;
let editor: StaffLogin;
beforeAll(async () => {
  t = await startTestApp();
  editor = await makeStaff(t, { grants: { catalog: 'write' } });
});
afterAll(() => t.close());

const admin = (method: 'get' | 'post' | 'patch' | 'put' | 'delete', path: string, body?: object) => {
  const req = request(t.server)[method](`/api/v1/admin${path}`).set(editor.auth);
  return body ? req.send(body) : req;
};
const vesselOf = async (eventId: string): Promise<string> => (await t.db.query('SELECT vessel_id FROM event WHERE id = $1', [eventId]))[0].vessel_id;
const seatCodes = (layout: any): string[] => layout.decks.flatMap((d: any) => d.sections.flatMap((s: any) => s.rows.flatMap((r: any) => r.seats.map((x: any) => x.seatCode))));
const withoutSeats = (layout: any, drop: (code: string) => boolean) => ({
  decks: layout.decks.map((d: any) => ({ ...d, sections: d.sections.map((s: any) => ({ ...s, rows: s.rows.map((r: any) => ({ ...r, seats: r.seats.filter((x: any) => !drop(x.seatCode)) })) })) })),
});

it('never drops a seat someone bought or holds, and lists exactly those', async () => {
  const sailing = await makeSeatedSailing(t, { rows: 2, seatsPerRow: 4 });
  const vesselId = await vesselOf(sailing.eventId);
  await paidOrder(t, sailing.eventId, ['D1-R1-S1']);
  await request(t.server).post(`/api/v1/events/${sailing.eventId}/seats/lock`).send({ sessionId: newSession(), seats: ['D1-R1-S2'] });
  const vessel = (await admin('get', `/vessels/${vesselId}`)).body;
  expect(vessel.takenSeats).toEqual(['D1-R1-S1', 'D1-R1-S2']);

  const refused = await admin('put', `/vessels/${vesselId}/layout`, withoutSeats(vessel.layout, (code) => code.startsWith('D1-R1-')));
  expect(refused.status).toBe(409);
  expect(refused.body).toMatchObject({ code: 'layout_drops_taken_seats', params: { seats: ['D1-R1-S1', 'D1-R1-S2'] } });
  expect(seatCodes((await admin('get', `/vessels/${vesselId}`)).body.layout)).toHaveLength(8);
  expect((await auditRows(t, 'vessel', vesselId)).filter((r) => r.action === 'catalog.layout_change')).toEqual([]);
});

it('edits decks, rows, seats, categories and accessibility; the shop’s seat map follows, and the audit shows what changed', async () => {
  const sailing = await makeSeatedSailing(t, { rows: 2, seatsPerRow: 4 });
  const vesselId = await vesselOf(sailing.eventId);
  await paidOrder(t, sailing.eventId, ['D1-R1-S1']);
  const vessel = (await admin('get', `/vessels/${vesselId}`)).body;
  const [standard, window] = sailing.categoryIds;
  const layout = withoutSeats(vessel.layout, (code) => code.startsWith('D1-R2-'));
  const firstRow = layout.decks[0].sections[0].rows[0];
  firstRow.seats[2] = { ...firstRow.seats[2], categoryId: window, restrictedView: true };
  layout.decks.push({
    name: { ru: 'Верхняя палуба', en: 'Upper deck' }, level: 2,
    sections: [{ name: { ru: 'Открытая' }, rows: [{ label: 'A', seats: [{ seatCode: 'D2-A-1', number: '1', categoryId: standard, x: 0, y: 0, wheelchair: true }] }] }],
  });
  const res = await admin('put', `/vessels/${vesselId}/layout`, layout);
  expect(res.status).toBe(200);
  expect(res.body.capacity).toBe(5);
  expect(seatCodes(res.body.layout)).toEqual(['D1-R1-S1', 'D1-R1-S2', 'D1-R1-S3', 'D1-R1-S4', 'D2-A-1']);

  const map = (await request(t.server).get(`/api/v1/events/${sailing.eventId}/seat-layout`)).body;
  expect(map.decks.map((d: any) => d.level)).toEqual([1, 2]);
  const accessible = map.decks[1].sections[0].rows[0].seats[0];
  expect(accessible).toMatchObject({ seatCode: 'D2-A-1', accessibility: { wheelchair: true } });
  expect((await request(t.server).post(`/api/v1/events/${sailing.eventId}/seats/lock`).send({ sessionId: newSession(), seats: ['D1-R2-S1'] })).status).toBe(400);

  const [row] = (await auditRows(t, 'vessel', vesselId)).filter((r) => r.action === 'catalog.layout_change');
  expect(row.actor_id).toBe(editor.id);
  expect(row.before.seatCount).toBe(8);
  expect(row.after.seatCount).toBe(5);
  expect(Object.keys(row.before.seats).sort()).toEqual(['D1-R1-S3', 'D1-R2-S1', 'D1-R2-S2', 'D1-R2-S3', 'D1-R2-S4']);
  expect(Object.keys(row.after.seats).sort()).toEqual(['D1-R1-S3', 'D2-A-1']);
  expect(row.after.seats['D1-R1-S3']).toMatchObject({ categoryId: window, restrictedView: true });
});

it('refuses a layout with a seat twice, an unknown category, or a deck level twice — naming the place', async () => {
  const sailing = await makeSeatedSailing(t, { rows: 1, seatsPerRow: 2 });
  const vesselId = await vesselOf(sailing.eventId);
  const layout = (await admin('get', `/vessels/${vesselId}`)).body.layout;
  const seats = layout.decks[0].sections[0].rows[0].seats;
  seats[1] = { ...seats[1], seatCode: seats[0].seatCode };
  const res = await admin('put', `/vessels/${vesselId}/layout`, layout);
  expect(res.status).toBe(400);
  expect(res.body.errors).toEqual([{ path: 'body.decks.0.sections.0.rows.0.seats.1.seatCode', message: `${seats[0].seatCode} is used twice` }]);
  const fresh = (await admin('get', `/vessels/${vesselId}`)).body.layout;
  const twice = { decks: [fresh.decks[0], { ...fresh.decks[0], sections: [] }] };
  expect((await admin('put', `/vessels/${vesselId}/layout`, twice)).body.errors[0].path).toBe('body.decks.1.level');
  const ghost = '00000000-0000-4000-8000-000000000000';
  fresh.decks[0].sections[0].rows[0].seats[0].categoryId = ghost;
  const unknown = await admin('put', `/vessels/${vesselId}/layout`, fresh);
  expect(unknown.body.errors).toEqual([{ path: 'body.decks', message: `seat category ${ghost} does not exist` }]);
});

it('creates vessels of both kinds, and keeps a general-admission capacity above what is sold', async () => {
  const [category] = (await admin('get', '/seat-categories')).body.items;
  const seated = await admin('post', '/vessels', {
    name: { ru: 'Метеор-301' }, seatingMode: 'assigned',
    layout: { decks: [{ name: { ru: 'Салон' }, level: 1, sections: [{ name: { ru: 'Нос' }, rows: [{ label: '1', seats: [{ seatCode: 'A1', number: '1', categoryId: category.id, x: 0, y: 0 }] }] }] }] },
  });
  expect(seated.status).toBe(201);
  expect(seated.body).toMatchObject({ seatingMode: 'assigned', capacity: 1, seatCount: 1 });
  expect((await admin('post', '/vessels', { name: { ru: 'Без плана' }, seatingMode: 'assigned' })).body.errors[0].path).toBe('body.layout');

  const ga = await makeGaSailing(t, { capacity: 10 });
  const gaVessel = await vesselOf(ga.eventId);
  await request(t.server).post(`/api/v1/events/${ga.eventId}/holds`).send({ sessionId: newSession(), items: [{ ticketTypeId: ga.adultId, quantity: 4 }] });
  const tooSmall = await admin('patch', `/vessels/${gaVessel}`, { capacity: 3 });
  expect(tooSmall.status).toBe(409);
  expect(tooSmall.body.code).toBe('capacity_below_sold');
  const bigger = await admin('patch', `/vessels/${gaVessel}`, { capacity: 12 });
  expect(bigger.body.capacity).toBe(12);
  expect((await auditRows(t, 'vessel', gaVessel)).map((r) => [r.action, r.before, r.after])).toEqual([['catalog.vessel_update', { capacity: 10 }, { capacity: 12 }]]);
  expect((await admin('delete', `/vessels/${gaVessel}`)).body.code).toBe('vessel_in_use');
});
