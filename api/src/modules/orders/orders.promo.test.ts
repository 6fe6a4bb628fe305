import { startTestApp, type TestApp } from '../../test/test-app';
import { makeSeatedSailing } from '../../test/seating-factory';
import { checkout, customer, holdSeats, makePromo } from '../../test/orders-factory';
import { DAY } from '../../test/catalog-factory';

/** Promo codes: percent or fixed, validity window, limits per code and per customer, sailings. */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

async function order(eventId: string, seat: string, promoCode: string, email?: string) {
  const sessionId = await holdSeats(t, eventId, [seat]);
  return checkout(t, { sessionId, eventId, promoCode, customer: customer(email ? { email } : {}) });
}

it('takes a percentage off and spreads it over the lines to the kopeck', async () => {
  const sailing = await makeSeatedSailing(t);
  const code = await makePromo(t, { kind: 'percent', percent: 15 });
  const sessionId = await holdSeats(t, sailing.eventId, ['D1-R1-S1', 'D1-R1-S2', 'D1-R1-S3']);
  const res = await checkout(t, { sessionId, eventId: sailing.eventId, promoCode: code.toLowerCase() });
  expect(res.status).toBe(201);
  const { order } = res.body;
  // 1 700 + 1 500 + 1 500 = 4 700 ₽; 15 % = 705 ₽.
  expect(order).toMatchObject({ subtotalKopecks: 470_000, discountKopecks: 70_500, totalKopecks: 399_500, promoCode: code });
  expect(order.lines.reduce((s: number, l: any) => s + l.discountKopecks, 0)).toBe(70_500);
  expect(order.lines.reduce((s: number, l: any) => s + l.totalKopecks, 0)).toBe(399_500);
});

it('takes a fixed amount off', async () => {
  const sailing = await makeSeatedSailing(t);
  const code = await makePromo(t, { kind: 'fixed', amountKopecks: 30_000 });
  const res = await order(sailing.eventId, 'D1-R2-S2', code);
  expect(res.body.order).toMatchObject({ discountKopecks: 30_000, totalKopecks: 120_000 });
});

it.each([
  ['expired', { validUntil: new Date(Date.now() - DAY) }, 'promo_code_expired', 422],
  ['not yet valid', { validFrom: new Date(Date.now() + DAY) }, 'promo_code_not_yet_valid', 422],
  ['for another sailing', { eventIds: ['8a0d7c6e-4a7b-4c1e-9f00-0000000000dd'] }, 'promo_code_not_applicable', 422],
] as const)('refuses a code that is %s, creating no order', async (_label, extra, code, status) => {
  const sailing = await makeSeatedSailing(t);
  const promo = await makePromo(t, { kind: 'percent', percent: 10, ...extra });
  const res = await order(sailing.eventId, 'D1-R3-S3', promo);
  expect(res.status).toBe(status);
  expect(res.body.code).toBe(code);
  const [{ n }] = await t.db.query('SELECT count(*)::int AS n FROM orders WHERE event_id = $1', [sailing.eventId]);
  expect(n).toBe(0);
  const [{ used }] = await t.db.query('SELECT used_count AS used FROM promo_code WHERE code = $1', [promo]);
  expect(used).toBe(0);
});

it('refuses unknown codes', async () => {
  const sailing = await makeSeatedSailing(t);
  const res = await order(sailing.eventId, 'D1-R3-S4', 'NOSUCHCODE');
  expect(res.body.code).toBe('promo_code_invalid');
});

it('honours the usage limit under concurrency', async () => {
  const sailing = await makeSeatedSailing(t);
  const code = await makePromo(t, { kind: 'percent', percent: 5, maxUses: 3 });
  const sessions = await Promise.all(sailing.seatCodes.slice(0, 10).map((seat) => holdSeats(t, sailing.eventId, [seat])));
  const results = await Promise.all(sessions.map((sessionId) => checkout(t, { sessionId, eventId: sailing.eventId, promoCode: code })));
  expect(results.filter((r) => r.status === 201)).toHaveLength(3);
  expect(new Set(results.filter((r) => r.status !== 201).map((r) => r.body.code))).toEqual(new Set(['promo_code_exhausted']));
  const [{ used }] = await t.db.query('SELECT used_count AS used FROM promo_code WHERE code = $1', [code]);
  expect(used).toBe(3);
});

it('honours the per-customer limit, even for concurrent orders', async () => {
  const sailing = await makeSeatedSailing(t);
  const code = await makePromo(t, { kind: 'percent', percent: 5, maxUsesPerCustomer: 1 });
  const email = 'repeat.buyer@example.ru';
  const results = await Promise.all(['D1-R4-S1', 'D1-R4-S2', 'D1-R4-S3'].map((seat) => order(sailing.eventId, seat, code, email)));
  expect(results.filter((r) => r.status === 201)).toHaveLength(1);
  expect(results.filter((r) => r.status === 422).every((r) => r.body.code === 'promo_code_limit_reached')).toBe(true);
  const other = await order(sailing.eventId, 'D1-R4-S4', code, 'someone.else@example.ru');
  expect(other.status).toBe(201);
});
