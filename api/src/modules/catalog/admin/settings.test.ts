import request from 'supertest';
import { InProcessBus } from '../../../platform/bus/bus';
import { createLogger } from '../../../platform/logger';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { makeSeatedSailing, newSession } from '../../../test/seating-factory';
import { checkout, holdSeats } from '../../../test/orders-factory';
import { auditRows, makeStaff, type StaffLogin } from '../../../test/staff-factory';
import { SettingsService } from './settings.service';

/** Settings changed in the CRM take effect without a restart: hold TTL, VAT, promo codes. */
const bus = new InProcessBus();
let t: TestApp;
let admin: StaffLogin;
beforeAll(async () => {
  t = await startTestApp({ bus });
  admin = await makeStaff(t, { grants: { settings: 'write', catalog: 'write' } });
});
afterAll(() => t.close());

const call = (method: 'get' | 'post' | 'patch' | 'put', path: string, body?: object) => {
  const req = request(t.server)[method](`/api/v1/admin${path}`).set(admin.auth);
  return body ? req.send(body) : req;
};

it('changes the hold TTL for new holds at once, in every process, and back to the default', async () => {
  // Another API process on the same database and bus.
  const elsewhere = { holdTtlSeconds: 900 };
  const other = new SettingsService(t.db, bus, t.services.audit, elsewhere, { holdTtlSeconds: 900, paymentWindowSeconds: 1200 }, createLogger('silent'));
  await other.start();
  try {
    const res = await call('patch', '/settings', { holdTtlSeconds: 120 });
    expect(res.body).toEqual({ holdTtlSeconds: 120, holdTtlDefaultSeconds: 900, paymentWindowSeconds: 1200 });
    const sailing = await makeSeatedSailing(t);
    const lock = await request(t.server).post(`/api/v1/events/${sailing.eventId}/seats/lock`).send({ sessionId: newSession(), seats: ['D1-R1-S1'] });
    const ttl = (Date.parse(lock.body.expiresAt) - Date.now()) / 1000;
    expect(ttl).toBeGreaterThan(110);
    expect(ttl).toBeLessThanOrEqual(120);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(elsewhere.holdTtlSeconds).toBe(120);
    expect((await call('patch', '/settings', { holdTtlSeconds: 5 })).body.errors[0].path).toBe('body.holdTtlSeconds');
    expect((await call('patch', '/settings', { holdTtlSeconds: null })).body.holdTtlSeconds).toBe(900);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(elsewhere.holdTtlSeconds).toBe(900);
    expect((await auditRows(t, 'settings', 'hold_ttl_seconds')).map((r) => [r.before, r.after])).toEqual([
      [{ holdTtlSeconds: 900 }, { holdTtlSeconds: 120 }],
      [{ holdTtlSeconds: 120 }, { holdTtlSeconds: 900 }],
    ]);
  } finally {
    other.stop();
  }
});

it('moves the default VAT to 22 % for sailings without their own, and keeps the default rate active', async () => {
  const sailing = await makeSeatedSailing(t);
  const res = await call('put', '/settings/vat', { defaultMode: 'included', defaultPercent: 22 });
  expect(res.body).toMatchObject({ defaultMode: 'included', defaultPercent: 22 });
  const prices = (await request(t.server).get(`/api/v1/events/${sailing.eventId}/prices`)).body;
  expect(prices.vat).toEqual({ mode: 'included', ratePercent: 22 });
  const deactivate = await call('put', '/settings/vat/rates/22', { label: { ru: 'НДС 22 %' }, active: false });
  expect(deactivate.status).toBe(409);
  expect(deactivate.body.code).toBe('vat_rate_is_default');
  const added = await call('put', '/settings/vat/rates/5', { label: { ru: 'НДС 5 %', en: 'VAT 5%' }, active: true });
  expect(added.body.rates.map((r: any) => r.percent)).toEqual([0, 5, 10, 20, 22]);
  expect((await call('put', '/settings/vat', { defaultMode: 'included', defaultPercent: 18 })).body.errors[0].path).toBe('body.defaultPercent');
  const [row] = await auditRows(t, 'settings', 'vat');
  expect(row).toMatchObject({ action: 'settings.vat_change', before: { defaultPercent: 20 }, after: { defaultPercent: 22 } });
  await call('put', '/settings/vat', { defaultMode: 'included', defaultPercent: 20 });
});

it('creates and switches off promo codes, which checkout honours at once', async () => {
  const sailing = await makeSeatedSailing(t);
  const created = await call('post', '/promo-codes', { code: 'white-nights', kind: 'percent', percent: 10, maxUses: 5 });
  expect(created.status).toBe(201);
  expect(created.body).toMatchObject({ code: 'WHITE-NIGHTS', active: true, usedCount: 0 });
  expect((await call('post', '/promo-codes', { code: 'WHITE-NIGHTS', kind: 'fixed', amountKopecks: 100 })).body.code).toBe('promo_code_taken');
  expect((await call('post', '/promo-codes', { code: 'NOAMOUNT', kind: 'fixed' })).body.errors[0].path).toBe('body.amountKopecks');

  const used = await checkout(t, { sessionId: await holdSeats(t, sailing.eventId, ['D1-R1-S2']), eventId: sailing.eventId, promoCode: 'white-nights' });
  expect(used.body.order.discountKopecks).toBe(15_000);
  const off = await call('patch', `/promo-codes/${created.body.id}`, { active: false });
  expect(off.body).toMatchObject({ active: false, usedCount: 1, percent: 10 });
  const refused = await checkout(t, { sessionId: await holdSeats(t, sailing.eventId, ['D1-R1-S3']), eventId: sailing.eventId, promoCode: 'WHITE-NIGHTS' });
  expect(refused.body.code).toBe('promo_code_invalid');
  expect((await call('patch', `/promo-codes/${created.body.id}`, { maxUses: 0 })).status).toBe(400);
  expect((await auditRows(t, 'promo_code', created.body.id)).map((r) => [r.action, r.after?.active])).toEqual([
    ['catalog.promo_create', true], ['catalog.promo_update', false],
  ]);
});
