import request from 'supertest';
import { startTestApp, type TestApp } from '../../test/test-app';
import { makeSeatedSailing } from '../../test/seating-factory';
import { makeStaff } from '../../test/staff-factory';
import { DAY } from '../../test/catalog-factory';

/**
 * The catalog's answers are shared between the visitors of one moment (here the moment is a
 * minute long, so the test cannot outlive it); staff changes reach the shop at once.
 */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ env: { CATALOG_RESPONSE_MAX_AGE_MS: '60000' } });
});
afterAll(() => t.close());

const shop = (path: string, headers: Record<string, string> = {}) => request(t.server).get(`/api/v1${path}`).set(headers);

it('answers visitors from one read, per language, until staff change the catalog', async () => {
  const { eventId } = await makeSeatedSailing(t, { startsAt: new Date(Date.now() + 4 * DAY) });
  const first = await shop(`/events/${eventId}?lang=en`);
  expect(first.status).toBe(200);
  const russian = await shop(`/events/${eventId}`, { 'accept-language': 'ru' });

  // A change behind the API's back (as another process would make) is not seen within the moment…
  await t.db.query(`UPDATE event SET title = '{"ru": "Тайком", "en": "Sneaked in"}' WHERE id = $1`, [eventId]);
  const again = await shop(`/events/${eventId}?lang=en`);
  expect(again.body.title).toBe(first.body.title);
  expect(again.headers.etag).toBe(first.headers.etag);
  expect((await shop(`/events/${eventId}?lang=en`, { 'if-none-match': String(first.headers.etag) })).status).toBe(304);
  expect((await shop(`/events/${eventId}`, { 'accept-language': 'ru' })).body.title).toBe(russian.body.title);
  expect(russian.body.title).not.toBe(first.body.title);

  // …but a refused staff change clears nothing, and an accepted one clears everything at once.
  const editor = await makeStaff(t, { grants: { catalog: 'write' } });
  const edit = (body: object) => request(t.server).patch(`/api/v1/admin/sailings/${eventId}`).set(editor.auth).send(body);
  expect((await edit({ title: { ru: '' } })).status).toBe(400);
  expect((await shop(`/events/${eventId}?lang=en`)).body.title).toBe(first.body.title);
  expect((await edit({ title: { ru: 'Белые ночи', en: 'White nights' } })).status).toBe(200);
  const edited = await shop(`/events/${eventId}?lang=en`);
  expect(edited.body.title).toBe('White nights');
  expect(edited.headers.etag).not.toBe(first.headers.etag);
  const listed = (await shop('/events?limit=50&lang=en')).body.items.find((e: { id: string }) => e.id === eventId);
  expect(listed.title).toBe('White nights');
});
